/*
 * Solidarity embed loader.
 *   <script src="https://HOST/embed.js" data-campaign="SLUG" async></script>
 * Optional: data-lang (en, es, fr, ar), data-theme (light, dark, auto), data-limit (1-50),
 * data-form ("1" shows the submission form), data-title (the iframe's accessible name).
 * Each tag becomes an iframe of the widget that takes the height of its content.
 */
(function () {
  "use strict";

  var LOADER = /\/embed\.js(?:[?#].*)?$/;
  var own = document.currentScript;
  if (!own || !LOADER.test(own.src || "")) {
    own = null;
    var candidates = document.getElementsByTagName("script");
    for (var c = 0; c < candidates.length && !own; c++) {
      if (LOADER.test(candidates[c].src || "")) {
        own = candidates[c];
      }
    }
  }
  if (!own || !window.URL) {
    return;
  }
  var loaderUrl = new URL(own.src, window.location.href);
  var origin = loaderUrl.origin;
  var base = loaderUrl.href.replace(LOADER, "/");
  var frames = [];

  function option(script, name) {
    var value = script.getAttribute("data-" + name);
    return value == null ? "" : String(value).trim();
  }

  function mount(script) {
    if (script.hasAttribute("data-solidarity-mounted") || !script.src) {
      return;
    }
    var src = new URL(script.src, window.location.href);
    if (src.origin !== origin || !LOADER.test(src.href)) {
      return;
    }
    var slug = option(script, "campaign");
    if (!slug) {
      return;
    }
    script.setAttribute("data-solidarity-mounted", "");
    var params = [];
    var lang = option(script, "lang") || document.documentElement.lang || "";
    if (lang) {
      params.push("lang=" + encodeURIComponent(lang));
    }
    ["theme", "limit"].forEach(function (name) {
      var value = option(script, name);
      if (value) {
        params.push(name + "=" + encodeURIComponent(value));
      }
    });
    var form = option(script, "form");
    if (form && form !== "0" && form !== "false") {
      params.push("form=1");
    }
    var iframe = document.createElement("iframe");
    iframe.src =
      base + "embed/" + encodeURIComponent(slug) + (params.length ? "?" + params.join("&") : "");
    // Replaced by the widget's own, translated title once it has loaded.
    iframe.title = option(script, "title") || "Messages of solidarity";
    if (option(script, "title")) {
      iframe.setAttribute("data-fixed-title", "");
    }
    iframe.setAttribute("loading", "lazy");
    iframe.setAttribute(
      "sandbox",
      "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox"
    );
    iframe.className = "solidarity-embed";
    iframe.style.display = "block";
    iframe.style.width = "100%";
    iframe.style.border = "0";
    iframe.style.height = "420px";
    script.parentNode.insertBefore(iframe, script.nextSibling);
    frames.push(iframe);
  }

  // Only the widget's own origin and only our own frames may resize them.
  window.addEventListener("message", function (event) {
    if (event.origin !== origin) {
      return;
    }
    var data = event.data;
    if (!data || data.type !== "solidarity:height" || typeof data.height !== "number") {
      return;
    }
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.max(60, Math.min(Math.ceil(data.height), 20000));
        frames[i].style.height = height + "px";
        if (!frames[i].hasAttribute("data-fixed-title") && typeof data.title === "string") {
          frames[i].title = data.title.slice(0, 200) || frames[i].title;
        }
        return;
      }
    }
  });

  var scripts = document.querySelectorAll("script[data-campaign]");
  for (var i = 0; i < scripts.length; i++) {
    mount(scripts[i]);
  }
})();

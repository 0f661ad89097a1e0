/*
 * Progressive enhancement of the widget page; everything works without it.
 * - reports the page height to the embedding page (embed.js resizes the iframe);
 * - shows relative times ("3 minutes ago") in the reader's time zone;
 * - adds and removes messages live from the feed's Server-Sent Events;
 * - loads older messages in place instead of navigating.
 * Message text is only ever set with textContent, never parsed as HTML.
 */
(function () {
  "use strict";

  var doc = document;
  var lang = doc.documentElement.lang || "en";
  var feed = doc.getElementById("feed");
  var empty = doc.getElementById("empty");
  var template = doc.getElementById("card-template");
  var status = doc.getElementById("live-status");
  var HUES = 6;

  // --- Height for the embedding page ---------------------------------------------------------
  var lastHeight = 0;
  function postHeight() {
    if (window.parent === window) {
      return;
    }
    var height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      // The height is not a secret, and the widget cannot know which site frames it.
      // The title (campaign and "Messages of solidarity" in the widget's language) becomes the
      // iframe's accessible name unless the embedding page chose one.
      window.parent.postMessage(
        { type: "solidarity:height", height: height, title: doc.title },
        "*"
      );
    }
  }

  // --- Dates ---------------------------------------------------------------------------------
  var relativeFormat = window.Intl && Intl.RelativeTimeFormat
    ? new Intl.RelativeTimeFormat(lang, { numeric: "auto" })
    : null;
  var dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: "medium" });
  var fullFormat = new Intl.DateTimeFormat(lang, { dateStyle: "full", timeStyle: "short" });
  var STEPS = [
    [60, 1, "second"],
    [3600, 60, "minute"],
    [86400, 3600, "hour"],
    [604800, 86400, "day"]
  ];

  function describe(date) {
    var seconds = (date.getTime() - Date.now()) / 1000;
    if (relativeFormat) {
      for (var i = 0; i < STEPS.length; i++) {
        if (Math.abs(seconds) < STEPS[i][0]) {
          return relativeFormat.format(Math.round(seconds / STEPS[i][1]), STEPS[i][2]);
        }
      }
    }
    return dateFormat.format(date);
  }

  function refreshTimes(root) {
    var times = root.querySelectorAll("time[datetime]");
    for (var i = 0; i < times.length; i++) {
      var date = new Date(times[i].getAttribute("datetime"));
      if (!isNaN(date.getTime())) {
        times[i].textContent = describe(date);
        times[i].title = fullFormat.format(date);
      }
    }
  }

  // --- Cards ---------------------------------------------------------------------------------
  var regions = null;
  try {
    regions = new Intl.DisplayNames([lang], { type: "region" });
  } catch (e) {
    regions = null;
  }

  function flag(code) {
    if (!/^[A-Z]{2}$/.test(code || "")) {
      return "";
    }
    return String.fromCodePoint(
      0x1f1e6 + code.charCodeAt(0) - 65,
      0x1f1e6 + code.charCodeAt(1) - 65
    );
  }

  function countryName(code) {
    try {
      return (regions && code && regions.of(code)) || code || "";
    } catch (e) {
      return code || "";
    }
  }

  // Same colour choice as the server: sum of UTF-16 code units.
  function hue(name) {
    var sum = 0;
    for (var i = 0; i < name.length; i++) {
      sum += name.charCodeAt(i);
    }
    return sum % HUES;
  }

  function text(card, selector, value) {
    var node = card.querySelector(selector);
    if (node) {
      node.textContent = value;
    }
    return node;
  }

  function buildCard(item) {
    var card = template.content.firstElementChild.cloneNode(true);
    var author = item.authorName || feed.getAttribute("data-anonymous") || "";
    var trimmed = author.trim();
    card.setAttribute("data-id", item.id);
    text(card, ".author-name", author);
    var avatar = text(
      card,
      ".avatar",
      trimmed ? String.fromCodePoint(trimmed.codePointAt(0)).toUpperCase() : "?"
    );
    avatar.className = "avatar hue-" + hue(author);
    var org = card.querySelector(".org");
    text(card, ".org-name", item.organization || "");
    org.hidden = !item.organization;
    text(card, ".flag", flag(item.country));
    text(card, ".country-name", countryName(item.country));
    var body = text(card, ".body", item.body || "");
    if (item.language) {
      body.setAttribute("lang", item.language);
    } else {
      body.removeAttribute("lang");
    }
    var time = card.querySelector("time");
    time.setAttribute("datetime", item.publishedAt || "");
    time.textContent = "";
    refreshTimes(card);
    return card;
  }

  function findCard(id) {
    var cards = feed.children;
    for (var i = 0; i < cards.length; i++) {
      if (cards[i].getAttribute("data-id") === id) {
        return cards[i];
      }
    }
    return null;
  }

  function announce() {
    if (!status) {
      return;
    }
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = status.getAttribute("data-text");
    }, 100);
  }

  function upsert(item) {
    if (!item || typeof item.id !== "string") {
      return;
    }
    var card = buildCard(item);
    var existing = findCard(item.id);
    if (existing) {
      feed.replaceChild(card, existing);
    } else {
      card.classList.add("is-new");
      feed.insertBefore(card, feed.firstElementChild);
      announce();
    }
    empty.hidden = true;
  }

  function remove(id) {
    var card = findCard(id);
    if (card) {
      feed.removeChild(card);
    }
    empty.hidden = feed.children.length > 0;
  }

  function live() {
    var url = feed && feed.getAttribute("data-events");
    if (!url || !window.EventSource || !template) {
      return;
    }
    var badge = doc.getElementById("live");
    var source = new EventSource(url);
    source.addEventListener("open", function () {
      feed.setAttribute("data-live", "open");
      if (badge) {
        badge.hidden = false;
      }
    });
    // EventSource reconnects by itself (with Last-Event-ID); the badge says when it is down.
    source.addEventListener("error", function () {
      feed.setAttribute("data-live", "reconnecting");
      if (badge) {
        badge.hidden = true;
      }
    });
    source.addEventListener("message", function (event) {
      try {
        upsert(JSON.parse(event.data));
      } catch (e) {
        // a malformed event is skipped; the next one may be fine
      }
    });
    source.addEventListener("removed", function (event) {
      try {
        remove(JSON.parse(event.data).id);
      } catch (e) {
        // as above
      }
    });
  }

  // --- Older messages in place ---------------------------------------------------------------
  function loadMore(link) {
    link.setAttribute("aria-busy", "true");
    window
      .fetch(link.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html");
        var items = next.querySelectorAll("#feed > .card");
        var first = null;
        for (var i = 0; i < items.length; i++) {
          if (!findCard(items[i].getAttribute("data-id"))) {
            var card = doc.importNode(items[i], true);
            feed.appendChild(card);
            first = first || card;
          }
        }
        refreshTimes(feed);
        var more = next.getElementById("more");
        if (more) {
          link.setAttribute("href", more.getAttribute("href"));
          link.removeAttribute("aria-busy");
        } else {
          link.parentNode.removeChild(link);
        }
        if (first) {
          var article = first.querySelector("article");
          article.tabIndex = -1;
          article.focus({ preventScroll: true });
        }
      })
      .catch(function () {
        window.location.href = link.href;
      });
  }

  doc.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.more") : null;
    if (link && feed && window.fetch && window.DOMParser) {
      event.preventDefault();
      loadMore(link);
    }
  });

  // --- Start ---------------------------------------------------------------------------------
  if (feed) {
    refreshTimes(doc);
    window.setInterval(function () {
      refreshTimes(feed);
    }, 60000);
    live();
  }
  var summary = doc.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
  if (window.ResizeObserver) {
    new ResizeObserver(postHeight).observe(doc.documentElement);
  }
  window.addEventListener("load", postHeight);
  postHeight();
})();

// Keyboard shortcuts and small comforts for the moderation console. Every action here is also a
// plain link or form, so the console works without this file.
(function () {
  'use strict';

  function typing(el) {
    return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('[data-row]'));
  }

  function currentRow() {
    return document.querySelector('[data-row].is-current');
  }

  function setCurrent(row) {
    rows().forEach(function (r) {
      r.classList.toggle('is-current', r === row);
    });
    var link = row.querySelector('[data-open]');
    (link || row).focus();
    row.scrollIntoView({ block: 'nearest' });
  }

  function move(step) {
    var list = rows();
    if (list.length > 0) {
      var index = list.indexOf(currentRow());
      index = index < 0 ? 0 : Math.max(0, Math.min(list.length - 1, index + step));
      setCurrent(list[index]);
      return true;
    }
    // On a message page, j and k follow the previous/next links of the queue; while working
    // through claims, j skips to the next claim.
    return click(step > 0 ? '[data-shortcut="next"], a[rel="next"]' : 'a[rel="prev"]');
  }

  function click(selector) {
    var el = document.querySelector(selector);
    if (!el || el.disabled) {
      return false;
    }
    el.click();
    return true;
  }

  function focusField(selector) {
    var el = document.querySelector(selector);
    if (!el) {
      return false;
    }
    var details = el.closest('details');
    if (details) {
      details.open = true;
    }
    el.focus();
    return true;
  }

  function toggleSelection() {
    var row = currentRow();
    var box = row && row.querySelector('[data-select]');
    if (!box) {
      return false;
    }
    box.checked = !box.checked;
    updateSelection();
    return true;
  }

  function openCurrent() {
    var row = currentRow();
    var link = row && row.querySelector('[data-open]');
    if (!link) {
      return false;
    }
    link.click();
    return true;
  }

  function toggleHelp() {
    var help = document.getElementById('shortcuts');
    if (!help) {
      return false;
    }
    help.open = !help.open;
    if (help.open) {
      help.querySelector('summary').focus();
    }
    return true;
  }

  function updateSelection() {
    var boxes = document.querySelectorAll('[data-select]');
    var chosen = document.querySelectorAll('[data-select]:checked').length;
    var counter = document.querySelector('[data-selected-count]');
    if (counter) {
      counter.textContent = chosen === 1 ? '1 selected' : chosen + ' selected';
    }
    var all = document.querySelector('[data-select-all]');
    if (all) {
      all.checked = boxes.length > 0 && chosen === boxes.length;
      all.indeterminate = chosen > 0 && chosen < boxes.length;
    }
  }

  var actions = {
    j: function () { return move(1); },
    k: function () { return move(-1); },
    a: function () { return click('[data-shortcut="approve"]'); },
    r: function () { return focusField('[data-shortcut="reason"]'); },
    s: function () { return click('[data-shortcut="spam"]'); },
    e: function () { return focusField('[data-shortcut="edit"]'); },
    c: function () { return click('[data-shortcut="claim"]'); },
    x: toggleSelection,
    o: openCurrent,
    '?': toggleHelp
  };

  document.addEventListener('keydown', function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (typing(event.target)) {
      if (event.key === 'Escape') {
        event.target.blur();
      }
      return;
    }
    var action = actions[event.key];
    if (action && action()) {
      event.preventDefault();
    }
  });

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.matches('[data-select-all]')) {
      document.querySelectorAll('[data-select]').forEach(function (box) {
        box.checked = target.checked;
      });
    }
    if (target.matches('[data-select], [data-select-all]')) {
      updateSelection();
    }
  });

  // Focus follows the mouse too, so j/k continue from the row last clicked.
  document.addEventListener('focusin', function (event) {
    var row = event.target.closest && event.target.closest('[data-row]');
    if (row && !row.classList.contains('is-current')) {
      rows().forEach(function (r) {
        r.classList.toggle('is-current', r === row);
      });
    }
  });

  // After htmx swaps in a new page, put keyboard focus where a full page load would put it.
  document.addEventListener('htmx:afterSettle', function (event) {
    if (!event.detail || !event.detail.boosted) {
      return;
    }
    var target = document.querySelector('[autofocus]') || document.getElementById('main');
    if (target) {
      target.focus({ preventScroll: false });
    }
    window.scrollTo(0, 0);
  });
})();

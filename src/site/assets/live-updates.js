// Live coverage pages only (src/site/views/live-coverage.tsx). The page is complete
// without this script; with it, entries published while the page is open are
// announced by a floating "N new updates" button (it takes no room, so nothing
// the reader is reading moves) and inserted above the list when it is pressed,
// keeping whatever the reader was looking at where it was.
(function () {
  'use strict';
  var section = document.querySelector('section.live[data-live-events]');
  if (!section || typeof EventSource !== 'function') return;
  var list = section.querySelector('.live__entries');
  var notice = section.querySelector('.live__notice');
  if (!list || !notice) return;
  var newest = Number(section.getAttribute('data-live-newest')) || 0;
  var forms = {};
  (section.getAttribute('data-live-labels') || '').split('|').forEach(function (part) {
    var eq = part.indexOf('=');
    if (eq > 0) forms[part.slice(0, eq)] = part.slice(eq + 1);
  });
  var locale = section.getAttribute('data-live-locale') || document.documentElement.lang;
  var plural = new Intl.PluralRules(locale);
  var number = new Intl.NumberFormat(locale);
  var pending = [];
  var button = null;

  function label(count) {
    var form = forms[plural.select(count)] || forms.other || '#';
    return form.replace('#', number.format(count));
  }

  function parse(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    return template.content;
  }

  function hasEntry(id) {
    return document.getElementById('entry-' + id) !== null || pending.some(function (p) { return p.id === id; });
  }

  // The first entry whose top is on screen (or the list itself): what the reader is looking at.
  function readingAnchor() {
    var entries = section.querySelectorAll('.live-entry');
    for (var i = 0; i < entries.length; i++) if (entries[i].getBoundingClientRect().bottom > 0) return entries[i];
    return list;
  }

  // Keeps the reader's place by hand, with the browser's own scroll anchoring off meanwhile
  // (where it exists it would correct a second time; where it does not, this is the only correction).
  function keepingPosition(change) {
    var scroller = document.scrollingElement || document.documentElement;
    var anchor = readingAnchor();
    var before = anchor.getBoundingClientRect().top;
    scroller.style.overflowAnchor = 'none';
    change();
    var moved = anchor.getBoundingClientRect().top - before;
    // 'instant': the site's smooth scrolling would otherwise make the correction visible.
    if (moved !== 0) window.scrollBy({ top: moved, behavior: 'instant' });
    requestAnimationFrame(function () { scroller.style.overflowAnchor = ''; });
  }

  function showPending() {
    var items = pending.sort(function (a, b) { return b.id - a.id; });
    pending = [];
    var fragment = document.createDocumentFragment();
    items.forEach(function (item) { fragment.appendChild(parse(item.html)); });
    keepingPosition(function () {
      list.insertBefore(fragment, list.firstChild);
    });
    notice.textContent = '';
    button = null;
  }

  function announce() {
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'live__new-updates';
      button.addEventListener('click', showPending);
      notice.appendChild(button);
    }
    button.textContent = label(pending.length);
  }

  var url = section.getAttribute('data-live-events') + '?after=' + newest;
  var source = new EventSource(url);
  source.addEventListener('entry', function (event) {
    var data = JSON.parse(event.data);
    if (data.id > newest) newest = data.id;
    if (hasEntry(data.id)) return;
    pending.push({ id: data.id, html: data.html });
    announce();
  });
  source.addEventListener('update', function (event) {
    var data = JSON.parse(event.data);
    var shown = document.getElementById('entry-' + data.id);
    if (shown) keepingPosition(function () { shown.replaceWith(parse(data.html)); });
    pending.forEach(function (p) { if (p.id === data.id) p.html = data.html; });
  });
  source.addEventListener('remove', function (event) {
    var data = JSON.parse(event.data);
    var shown = document.getElementById('entry-' + data.id);
    if (shown) keepingPosition(function () { shown.remove(); });
    pending = pending.filter(function (p) { return p.id !== data.id; });
    if (button) pending.length ? announce() : ((notice.textContent = ''), (button = null));
  });
  source.addEventListener('closed', function () {
    source.close();
  });
})();

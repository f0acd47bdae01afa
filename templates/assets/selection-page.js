/* Osez le collectif — la page « Ma sélection » : liste ordonnée, exports, lien de partage, document à imprimer.
   Une sélection partagée arrive par l'adresse : selection/index.html?fiches=slug-a,slug-b */
// Runs once the whole page is parsed: selection.js is loaded at the end of every page, after this one.
document.addEventListener('DOMContentLoaded', function () {
  'use strict';
  var page = document.querySelector('[data-selection-page]');
  if (!page || !window.OsezSelection || !window.OsezCitations) return;
  var selection = window.OsezSelection;
  var citations = window.OsezCitations;
  var root = new URL(page.getAttribute('data-root'), window.location.href).href;
  var text = function (name) { return page.getAttribute('data-text-' + name) || ''; };
  var $ = function (selector) { return page.querySelector(selector); };

  var params = new URLSearchParams(window.location.search);
  var shared = params.has('fiches') ? params.get('fiches').split(',').filter(Boolean) : null;
  // What is known of the write-ups asked for so far: their entry, or null for a slug that is no write-up.
  var entries = Object.create(null);
  var handoutVersion = 0;
  var updateVersion = 0;

  function current() { return shared || selection.get(); }

  function known(slug) { return !!entries[slug]; }

  /** Loads the references of the write-ups shown (only their chunks), then draws the page. */
  function update(focus) {
    var version = ++updateVersion;
    var missing = current().filter(function (slug) { return !(slug in entries); });
    // Drawn at once when nothing is missing: a move keeps the focus where the keyboard left it.
    if (missing.length === 0) { render(focus); return; }
    citations.entries(missing).then(function (found) {
      missing.forEach(function (slug) { entries[slug] = found[slug] || null; });
      if (version === updateVersion) render(focus);
    }, function () {
      if (version === updateVersion) announce(text('load-error'));
    });
  }

  function save(list) {
    if (shared) { shared = list; update(); } else { selection.set(list); }
  }

  function announce(message) { $('[data-selection-live]').textContent = message; }

  function fill(template, values) {
    return Object.keys(values).reduce(function (result, key) { return result.split('{' + key + '}').join(values[key]); }, template);
  }

  function button(label, className, handler) {
    var element = document.createElement('button');
    element.type = 'button';
    element.className = className;
    element.setAttribute('aria-label', label);
    element.addEventListener('click', handler);
    return element;
  }

  function render(focus) {
    var all = current();
    var shown = all.filter(known);
    var unknown = all.filter(function (slug) { return !known(slug); });
    var unknownNote = $('[data-selection-unknown]');
    unknownNote.hidden = unknown.length === 0;
    unknownNote.textContent = unknown.length ? fill(text('unknown'), { slugs: unknown.join(', ') }) : '';
    $('[data-shared-notice]').hidden = !shared;
    $('[data-selection-empty]').hidden = shown.length > 0;
    $('[data-selection-filled]').hidden = shown.length === 0;
    $('[data-selection-summary]').textContent = fill(text(shown.length > 1 ? 'count-other' : 'count-one'), { n: shown.length });

    var list = $('[data-selection-list]');
    list.textContent = '';
    shown.forEach(function (slug, index) {
      var entry = entries[slug];
      var item = document.createElement('li');
      item.className = 'selection__item';
      item.setAttribute('data-slug', slug);
      var heading = document.createElement('h2');
      heading.className = 'selection__title';
      var link = document.createElement('a');
      link.href = root + entry.chemin;
      link.textContent = entry.titre;
      heading.appendChild(link);
      var meta = document.createElement('p');
      meta.className = 'card__meta';
      meta.textContent = entry.auteurs + ' · ' + entry.date;
      var tools = document.createElement('p');
      tools.className = 'selection__tools';
      var up = button(fill(text('move-up'), { titre: entry.titre }), 'button button--small', function () { move(slug, -1, 'up'); });
      up.textContent = '↑ ' + text('label-up');
      up.disabled = index === 0;
      var down = button(fill(text('move-down'), { titre: entry.titre }), 'button button--small', function () { move(slug, 1, 'down'); });
      down.textContent = '↓ ' + text('label-down');
      down.disabled = index === shown.length - 1;
      var remove = button(fill(text('remove'), { titre: entry.titre }), 'button button--small button--quiet', function () {
        save(current().filter(function (s) { return s !== slug; }));
        announce(fill(text('removed'), { titre: entry.titre }));
        var next = list.querySelector('button');
        if (next) next.focus(); else $('h1').focus();
      });
      remove.textContent = text('label-remove');
      up.setAttribute('data-move', 'up');
      down.setAttribute('data-move', 'down');
      tools.appendChild(up);
      tools.appendChild(down);
      tools.appendChild(remove);
      item.appendChild(heading);
      item.appendChild(meta);
      item.appendChild(tools);
      list.appendChild(item);
    });
    if (focus) {
      var moved = list.querySelector('[data-slug="' + focus.slug + '"]');
      if (moved) {
        var target = moved.querySelector('[data-move="' + focus.direction + '"]');
        if (!target || target.disabled) target = moved.querySelector('[data-move="' + (focus.direction === 'up' ? 'down' : 'up') + '"]');
        if (target && !target.disabled) target.focus();
      }
    }

    var shareUrl = new URL(window.location.href);
    shareUrl.search = shown.length ? '?fiches=' + shown.join(',') : '';
    shareUrl.hash = '';
    $('[data-share-link]').value = shareUrl.href;
    buildHandout(shown);
  }

  function move(slug, delta, direction) {
    var list = current().filter(known);
    var from = list.indexOf(slug);
    var to = from + delta;
    if (from < 0 || to < 0 || to >= list.length) return;
    list.splice(from, 1);
    list.splice(to, 0, slug);
    save(list);
    render({ slug: slug, direction: direction });
    announce(fill(text('moved'), { titre: entries[slug].titre, position: to + 1, total: list.length }));
  }

  function frenchDate(date) {
    var value = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
    return date.getDate() === 1 ? value.replace(/^1 /, '1er ') : value;
  }

  /* The handout: a table of contents, then each write-up with its reference and its text.
     Links and images of a text are resolved against the write-up's own address; ids are prefixed
     so that several texts can sit on one page. */
  function buildHandout(slugs) {
    var version = ++handoutVersion;
    var handout = $('[data-handout]');
    handout.removeAttribute('data-ready');
    var toc = $('[data-handout-toc]');
    var items = $('[data-handout-items]');
    citations.bodies(slugs).then(function (bodies) {
      if (version !== handoutVersion) return;
      toc.textContent = '';
      items.textContent = '';
      slugs.forEach(function (slug, index) {
        var entry = entries[slug];
        var id = 'fiche-' + slug;
        var tocItem = document.createElement('li');
        var tocLink = document.createElement('a');
        tocLink.href = '#' + id;
        tocLink.textContent = entry.titre;
        tocItem.appendChild(tocLink);
        tocItem.appendChild(document.createTextNode(' — ' + entry.auteurs));
        toc.appendChild(tocItem);

        var section = document.createElement('section');
        section.className = 'handout__item';
        section.id = id;
        var title = document.createElement('h2');
        title.className = 'handout__item-title';
        title.textContent = entry.titre;
        var meta = document.createElement('p');
        meta.className = 'handout__meta';
        meta.textContent = entry.auteurs + ' · ' + entry.date;
        var reference = document.createElement('p');
        reference.className = 'handout__reference';
        reference.innerHTML = entry.reference_html;
        var address = reference.querySelector('[data-cite-address]');
        var pageUrl = new URL(entry.chemin, root).href;
        if (address && !address.textContent.trim() && /^https?:/.test(pageUrl)) address.textContent = text('available') + ' ' + pageUrl;
        var consulted = reference.querySelector('[data-cite-consulted]');
        if (consulted) consulted.textContent = ' ' + text('consulted').replace('{date}', frenchDate(new Date())) + '.';
        var body = document.createElement('div');
        body.className = 'prose handout__body';
        body.innerHTML = bodies[index];
        rebase(body, pageUrl, id);
        section.appendChild(title);
        section.appendChild(meta);
        if (entry.illustratif) {
          var notice = document.createElement('p');
          notice.className = 'notice notice--illustrative';
          var strong = document.createElement('strong');
          strong.textContent = text('illustrative-title') + '.';
          notice.appendChild(strong);
          notice.appendChild(document.createTextNode(' ' + text('illustrative-text')));
          section.appendChild(notice);
        }
        section.appendChild(reference);
        section.appendChild(body);
        items.appendChild(section);
      });
      handout.setAttribute('data-ready', 'true');
    }, function () {
      if (version === handoutVersion) announce(text('load-error'));
    });
  }

  function rebase(container, base, prefix) {
    container.querySelectorAll('.anchor').forEach(function (anchor) { anchor.remove(); });
    container.querySelectorAll('[id]').forEach(function (element) { element.id = prefix + '-' + element.id; });
    container.querySelectorAll('[href]').forEach(function (element) {
      var href = element.getAttribute('href');
      if (href.charAt(0) === '#') { element.setAttribute('href', '#' + prefix + '-' + href.slice(1)); return; }
      var absolute = new URL(href, base).href;
      element.setAttribute('href', absolute);
      if (!/^https?:/.test(absolute)) return;
      if (element.textContent.trim() === absolute || element.textContent.trim() === href) element.setAttribute('data-print-plain', '');
      else element.setAttribute('data-print-url', absolute);
    });
    container.querySelectorAll('[src]').forEach(function (element) { element.setAttribute('src', new URL(element.getAttribute('src'), base).href); });
  }

  page.addEventListener('click', function (event) {
    var exporter = event.target.closest('[data-export]');
    if (exporter) {
      citations.download(current().filter(known), exporter.getAttribute('data-export'), 'ma-selection');
    } else if (event.target.closest('[data-selection-print]')) {
      var ready = function () {
        if ($('[data-handout]').hasAttribute('data-ready')) window.print(); else setTimeout(ready, 100);
      };
      ready();
    } else if (event.target.closest('[data-selection-clear]')) {
      save([]);
      announce(text('cleared'));
    } else if (event.target.closest('[data-share-copy]')) {
      window.OsezCopy($('[data-share-link]').value).then(function () { announce(text('copied')); }, function () { $('[data-share-link]').select(); });
    } else if (event.target.closest('[data-shared-keep]')) {
      selection.set(shared.filter(known));
      shared = null;
      window.history.replaceState(null, '', window.location.pathname);
      render();
      announce(text('kept'));
    }
  });

  selection.onChange(function () { if (!shared) update(); });
  update();
});

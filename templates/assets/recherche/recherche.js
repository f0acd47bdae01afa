/*
 * Osez le collectif : la page de recherche (recherche/index.html).
 *
 * L'index lunr, le catalogue des fiches et le texte des fiches sont des scripts (pas des fichiers
 * JSON lus avec fetch) : la page marche aussi ouverte depuis le disque (file://).
 *
 * - Une fiche est trouvée si elle contient tous les mots tapés (les mots vides sont ignorés). Le
 *   dernier mot, pendant la frappe, vaut aussi comme début de mot (« équi » trouve « équipe »).
 * - Filtres : cases à cocher, « ou » dans un même vocabulaire, « et » entre vocabulaires, plus
 *   l'année de publication. Les nombres à côté des cases disent combien de fiches on aurait en
 *   cochant aussi cette case.
 * - L'état (mots, filtres, tri) est dans l'adresse, pour partager ou citer une recherche.
 * - window.OsezRecherche.currentSlugs() donne les fiches trouvées, dans l'ordre affiché ; l'évènement
 *   « osez:resultats » est émis sur document à chaque nouvel affichage.
 */
(function () {
  'use strict';
  var root = document.getElementById('recherche');
  if (!root || !window.lunr || !window.lunr.osezFr) return;
  var lunr = window.lunr;

  var PAGE_SIZE = 20;
  var MIN_PREFIX = 3;
  var TYPING_DELAY = 120;
  var ANNOUNCE_DELAY = 500;

  var base = root.getAttribute('data-root') || '';
  var form = document.getElementById('recherche-formulaire');
  var input = document.getElementById('q');
  var status = document.getElementById('resultats-nombre');
  var list = document.getElementById('resultats-liste');
  var none = document.getElementById('aucun-resultat');
  var more = document.getElementById('plus');
  var sortSelect = document.getElementById('tri');
  var fromSelect = document.getElementById('depuis');
  var toSelect = document.getElementById('jusqua');
  var clearButton = document.getElementById('effacer');
  var facetSets = [].slice.call(root.querySelectorAll('fieldset.facet[data-param]'));
  var months = (root.getAttribute('data-months') || '').split('|');

  var index = null;
  var catalogue = null;
  var hits = [];
  var shown = 0;
  var words = [];
  var lastQuery = '';
  var termCache = new Map();
  var pendingTexts = {};
  var typingTimer = 0;
  var announceTimer = 0;

  function text(name) {
    return root.getAttribute('data-' + name) || '';
  }

  function count(template, n) {
    return template.replace('{n}', n.toLocaleString('fr-FR'));
  }

  function store() {
    return window.OsezSearchData || (window.OsezSearchData = {});
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.async = true;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error(src)); };
      document.head.appendChild(script);
    });
  }

  // --- Analyse de la requête -------------------------------------------------------------------

  /** The words of a query, each with the index terms it stands for, and a prefix for the word being typed. */
  function analyse(query, typing) {
    var tokens = lunr.tokenizer(query.normalize('NFC'));
    var typingLast = typing && query.length > 0 && !/[\s-]$/.test(query);
    var result = [];
    tokens.forEach(function (token, i) {
      var word = token.toString();
      var terms = termsOf(word);
      if (terms.length === 0) return;
      var prefix = null;
      if (typingLast && i === tokens.length - 1) {
        var candidate = lunr.osezFr.prefixOf(word);
        if (candidate.length >= MIN_PREFIX) prefix = candidate;
      }
      result.push({ word: word, terms: terms, prefix: prefix });
    });
    return result;
  }

  /** The search pipeline of the index (trimmer, elision, stop words, stemmer) on one lower-case word. */
  function termsOf(word) {
    var cached = termCache.get(word);
    if (!cached) {
      cached = index.pipeline.runString(word);
      termCache.set(word, cached);
    }
    return cached;
  }

  function search(query, typing) {
    words = analyse(query, typing);
    if (words.length === 0) {
      return catalogue.writeUps.map(function (entry, i) { return { ref: i, score: 0, found: [] }; });
    }
    var results = index.query(function (q) {
      words.forEach(function (w) {
        w.terms.forEach(function (term) { q.term(term, { usePipeline: false }); });
        if (w.prefix) q.term(w.prefix, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5 });
      });
    });
    return results.map(function (r) {
      return { ref: Number(r.ref), score: r.score, found: Object.keys(r.matchData.metadata) };
    }).filter(function (hit) {
      return words.every(function (w) {
        return hit.found.some(function (term) {
          return w.terms.indexOf(term) >= 0 || (w.prefix !== null && term.lastIndexOf(w.prefix, 0) === 0);
        });
      });
    });
  }

  // --- Filtres ---------------------------------------------------------------------------------

  function selection() {
    var selected = {};
    facetSets.forEach(function (set) {
      var param = set.getAttribute('data-param');
      selected[param] = [].slice.call(set.querySelectorAll('input:checked')).map(function (box) { return box.value; });
    });
    return selected;
  }

  function passes(entry, selected, except) {
    for (var param in selected) {
      if (param === except || selected[param].length === 0) continue;
      var values = entry.terms[param] || [];
      if (!selected[param].some(function (id) { return values.indexOf(id) >= 0; })) return false;
    }
    var from = Number(fromSelect.value) || 0;
    var to = Number(toSelect.value) || 9999;
    return entry.year >= Math.min(from, to) && entry.year <= Math.max(from, to);
  }

  function updateCounts(found, selected) {
    facetSets.forEach(function (set) {
      var param = set.getAttribute('data-param');
      var counts = {};
      found.forEach(function (hit) {
        var entry = catalogue.writeUps[hit.ref];
        if (!passes(entry, selected, param)) return;
        (entry.terms[param] || []).forEach(function (id) { counts[id] = (counts[id] || 0) + 1; });
      });
      [].slice.call(set.querySelectorAll('.facet__count')).forEach(function (span) {
        var n = counts[span.getAttribute('data-term')] || 0;
        span.textContent = '(' + n.toLocaleString('fr-FR') + ')';
        span.parentNode.parentNode.classList.toggle('is-empty', n === 0);
      });
    });
  }

  // --- Affichage -------------------------------------------------------------------------------

  function dateLabel(iso) {
    var parts = iso.split('-');
    var day = Number(parts[2]);
    return (day === 1 ? text('first-day') : String(day)) + ' ' + (months[Number(parts[1]) - 1] || parts[1]) + ' ' + parts[0];
  }

  function isMatch(word, found) {
    var lower = word.toLowerCase();
    var terms = termsOf(lower);
    for (var i = 0; i < terms.length; i++) {
      if (found.indexOf(terms[i]) >= 0) return true;
    }
    var prefix = lunr.osezFr.prefixOf(lower);
    return words.some(function (w) { return w.prefix !== null && prefix.lastIndexOf(w.prefix, 0) === 0; });
  }

  /** A word without the punctuation around it (what trimmer-fr keeps). */
  var wordCore = new RegExp('[' + lunr.fr.wordCharacters + '0-9].*[' + lunr.fr.wordCharacters + '0-9]|[' + lunr.fr.wordCharacters + '0-9]');

  /** Appends text to an element, with the words that matched the query in <mark>. */
  function appendHighlighted(element, value, found) {
    var pattern = /[^\s-]+/g;
    var last = 0;
    var match;
    while ((match = pattern.exec(value)) !== null) {
      if (!isMatch(match[0], found)) continue;
      var core = match[0].match(wordCore);
      var start = match.index + (core ? core.index : 0);
      var end = core ? start + core[0].length : match.index + match[0].length;
      element.appendChild(document.createTextNode(value.slice(last, start)));
      var mark = document.createElement('mark');
      mark.textContent = value.slice(start, end);
      element.appendChild(mark);
      last = end;
    }
    element.appendChild(document.createTextNode(value.slice(last)));
  }

  /** The passage of a text around its first matching word, or null. */
  function passage(value, found) {
    var pattern = /[^\s-]+/g;
    var starts = [];
    var match;
    var at = -1;
    while ((match = pattern.exec(value)) !== null) {
      starts.push([match.index, match.index + match[0].length]);
      if (at < 0 && isMatch(match[0], found)) at = starts.length - 1;
      if (at >= 0 && starts.length > at + 24) break;
    }
    if (at < 0) return null;
    var first = Math.max(0, at - 10);
    var lastWord = Math.min(starts.length - 1, at + 22);
    var begin = starts[first][0];
    var end = starts[lastWord][1];
    return (begin > 0 ? '… ' : '') + value.slice(begin, end).replace(/\s+/g, ' ') + (end < value.length ? ' …' : '');
  }

  function withText(slug, callback) {
    var texts = store().texts || {};
    if (Object.prototype.hasOwnProperty.call(texts, slug)) {
      callback(texts[slug]);
      return;
    }
    if (!pendingTexts[slug]) {
      pendingTexts[slug] = [];
      loadScript(base + 'recherche/textes/' + encodeURIComponent(slug) + '.js').then(function () {
        var waiting = pendingTexts[slug];
        delete pendingTexts[slug];
        waiting.forEach(function (cb) { cb((store().texts || {})[slug] || ''); });
      }, function () { delete pendingTexts[slug]; });
    }
    pendingTexts[slug].push(callback);
  }

  function renderHit(hit) {
    var entry = catalogue.writeUps[hit.ref];
    var item = document.createElement('li');
    var article = document.createElement('article');
    article.className = 'card';
    var title = document.createElement('h3');
    title.className = 'card__title';
    var link = document.createElement('a');
    link.href = base + entry.url;
    appendHighlighted(link, entry.title, hit.found);
    title.appendChild(link);
    var meta = document.createElement('p');
    meta.className = 'card__meta';
    var time = document.createElement('time');
    time.dateTime = entry.date;
    time.textContent = text('published') + ' ' + dateLabel(entry.date);
    meta.appendChild(time);
    if (entry.illustrative) {
      meta.appendChild(document.createTextNode(' · '));
      var badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = text('illustrative');
      meta.appendChild(badge);
    }
    var summary = document.createElement('p');
    summary.className = 'card__summary';
    appendHighlighted(summary, entry.summary, hit.found);
    article.appendChild(title);
    article.appendChild(meta);
    article.appendChild(summary);
    if (words.length > 0) {
      var snippet = document.createElement('p');
      snippet.className = 'result__snippet';
      article.appendChild(snippet);
      var foundTerms = hit.found;
      withText(entry.slug, function (body) {
        var extract = passage(body, foundTerms);
        if (extract) appendHighlighted(snippet, extract, foundTerms);
        else snippet.remove();
      });
    }
    appendSelectionButton(article, entry);
    item.appendChild(article);
    return item;
  }

  /** « Ajouter à ma sélection » on each result (assets/selection.js shows it and keeps it up to date). */
  function appendSelectionButton(article, entry) {
    var add = list.getAttribute('data-selection-add');
    if (!add || !window.OsezSelection) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'selection-toggle';
    button.hidden = true;
    button.setAttribute('data-selection-toggle', entry.slug);
    button.setAttribute('data-add', add);
    button.setAttribute('data-remove', list.getAttribute('data-selection-remove'));
    var label = document.createElement('span');
    label.setAttribute('data-selection-label', '');
    label.textContent = add;
    var name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = ' : ' + entry.title;
    button.appendChild(label);
    button.appendChild(name);
    article.appendChild(button);
  }

  function renderMore(focusFirst) {
    var start = shown;
    shown = Math.min(hits.length, shown + PAGE_SIZE);
    for (var i = start; i < shown; i++) list.appendChild(renderHit(hits[i]));
    more.hidden = shown >= hits.length;
    if (window.OsezSelection) window.OsezSelection.refresh();
    if (focusFirst && list.children[start]) list.children[start].querySelector('a').focus();
  }

  function announce(query) {
    var n = hits.length;
    var message = query
      ? count(n <= 1 ? text('found-one') : text('found-other'), n) + ' ' + text('for-query').replace('{q}', query)
      : count(n <= 1 ? text('all-one') : text('all-other'), n);
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(function () { status.textContent = message; }, status.textContent ? ANNOUNCE_DELAY : 0);
  }

  function writeUrl() {
    var params = new URLSearchParams();
    var query = input.value.trim();
    if (query) params.set('q', query);
    facetSets.forEach(function (set) {
      [].slice.call(set.querySelectorAll('input:checked')).forEach(function (box) { params.append(box.name, box.value); });
    });
    if (fromSelect.value) params.set('depuis', fromSelect.value);
    if (toSelect.value) params.set('jusqua', toSelect.value);
    if (sortSelect.value) params.set('tri', sortSelect.value);
    var search = params.toString();
    try {
      history.replaceState(null, '', location.pathname + (search ? '?' + search : ''));
    } catch (e) {
      // Some browsers refuse to change the address of a page opened from disk: the search still works.
    }
  }

  function readUrl() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    facetSets.forEach(function (set) {
      [].slice.call(set.querySelectorAll('input[type=checkbox]')).forEach(function (box) {
        box.checked = params.getAll(box.name).indexOf(box.value) >= 0;
      });
    });
    fromSelect.value = params.get('depuis') || '';
    toSelect.value = params.get('jusqua') || '';
    sortSelect.value = params.get('tri') === 'date' ? 'date' : '';
    if (fromSelect.value !== (params.get('depuis') || '')) fromSelect.value = '';
    if (toSelect.value !== (params.get('jusqua') || '')) toSelect.value = '';
  }

  function update(typing) {
    if (!index) return;
    var query = input.value.trim();
    var found = search(input.value, typing);
    // While a word is being typed and no stored word starts with it yet ("logem" before "logement"),
    // keep the results of the query typed so far instead of flashing "no result".
    if (typing && found.length === 0 && lastQuery && query.indexOf(lastQuery) === 0 && hits.length > 0) return;
    lastQuery = query;
    var selected = selection();
    updateCounts(found, selected);
    hits = found.filter(function (hit) { return passes(catalogue.writeUps[hit.ref], selected, null); });
    if (sortSelect.value === 'date' || words.length === 0) {
      hits.sort(function (a, b) {
        var da = catalogue.writeUps[a.ref].date, db = catalogue.writeUps[b.ref].date;
        return da < db ? 1 : da > db ? -1 : a.ref - b.ref;
      });
    }
    list.textContent = '';
    shown = 0;
    renderMore(false);
    none.hidden = hits.length > 0;
    announce(query);
    writeUrl();
    document.dispatchEvent(new CustomEvent('osez:resultats', { detail: { slugs: api.currentSlugs() } }));
  }

  var api = {
    /** Slugs of the write-ups found, in the order shown (all of them, not only the first page). */
    currentSlugs: function () {
      return catalogue ? hits.map(function (hit) { return catalogue.writeUps[hit.ref].slug; }) : [];
    },
    /** The current search as an address (what the address bar shows). */
    currentUrl: function () { return location.href; }
  };
  window.OsezRecherche = api;

  // --- Démarrage -------------------------------------------------------------------------------

  readUrl();
  // On a narrow screen the filters start folded, unless the address sets some, so results come first.
  var filters = document.getElementById('filtres');
  if (filters && window.matchMedia && !window.matchMedia('(min-width: 52rem)').matches
      && !root.querySelector('.facet input:checked') && !fromSelect.value && !toSelect.value) {
    filters.open = false;
  }
  status.textContent = text('loading');
  var ready = Promise.all([loadScript(base + 'recherche/index-recherche.js'), loadScript(base + 'recherche/fiches.js')])
    .then(function () {
      index = lunr.Index.load(store().index);
      catalogue = store().writeUps;
      status.textContent = '';
      update(false);
      root.setAttribute('data-ready', 'true');
    }, function () {
      status.textContent = text('load-error');
    });
  api.ready = ready;

  input.addEventListener('input', function () {
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(function () { update(true); }, TYPING_DELAY);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    window.clearTimeout(typingTimer);
    update(false);
  });
  form.addEventListener('change', function (event) {
    if (event.target !== input) update(false);
  });
  clearButton.addEventListener('click', function () {
    facetSets.forEach(function (set) {
      [].slice.call(set.querySelectorAll('input:checked')).forEach(function (box) { box.checked = false; });
    });
    fromSelect.value = '';
    toSelect.value = '';
    update(false);
  });
  more.addEventListener('click', function () { renderMore(true); });
}());

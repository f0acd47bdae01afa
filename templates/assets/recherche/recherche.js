/*
 * Osez le collectif : la page de recherche (recherche/index.html).
 *
 * L'index est découpé (assets/recherche/index-decoupe.js) : la page charge d'abord le manifeste
 * (recherche/index-recherche.js), puis, pour chaque requête, les seuls morceaux de l'index dont elle a
 * besoin, les valeurs des filtres des fiches (par tranches de fiches) et un petit fichier par résultat
 * affiché (titre, résumé, date, texte pour l'extrait). Ce sont des scripts (pas des fichiers
 * JSON lus avec fetch) : la page marche aussi ouverte depuis le disque (file://).
 *
 * - Une fiche est trouvée si elle contient tous les mots tapés (les mots vides sont ignorés). Le
 *   dernier mot, pendant la frappe, vaut aussi comme début de mot (« équi » trouve « équipe »).
 *   « équi* » et « famile~1 » cherchent les mots qui commencent par « equi », ou à une lettre près
 *   (assets/recherche/requete.js) ; un motif qui toucherait trop de mots est refusé avec un message.
 * - Une recherche qui ne trouve rien ou presque est retentée en pardonnant une faute de frappe par mot,
 *   et le dit (« Résultats approchés pour « logment » : logement »), avec un lien « Vouliez-vous dire ».
 * - La ligne d'état décrit toujours ce qui est dans le champ ; l'annonce aux lecteurs d'écran (une
 *   zone à part) attend que la frappe se calme. Une réponse plus ancienne n'écrase jamais une plus récente.
 * - Filtres : cases à cocher, « ou » dans un même vocabulaire, « et » entre vocabulaires, plus
 *   l'année de publication. Les nombres à côté des cases disent combien de fiches on aurait en
 *   cochant aussi cette case.
 * - L'état (mots, filtres, tri) est dans l'adresse, pour partager ou citer une recherche.
 * - window.OsezRecherche.currentSlugs() donne (une promesse de) la liste des fiches trouvées, dans
 *   l'ordre affiché ; l'évènement « osez:resultats » est émis sur document à chaque nouvel affichage.
 */
(function () {
  'use strict';
  var root = document.getElementById('recherche');
  if (!root || !window.lunr || !window.lunr.osezFr || !window.OsezIndex || !window.OsezRequete) return;
  var lunr = window.lunr;
  var requete = window.OsezRequete;

  var PAGE_SIZE = 20;
  var TYPING_DELAY = 120;
  /** Raw kilobytes of index a query may load at once (about 300 KB compressed): beyond, a pattern is refused. */
  var MAX_KILOBYTES = 1000;
  var ANNOUNCE_DELAY = 500;
  /** Fewer results than this: the search is tried again, forgiving a typing slip per word. */
  var FEW = 3;

  var base = root.getAttribute('data-root') || '';
  var form = document.getElementById('recherche-formulaire');
  var input = document.getElementById('q');
  var status = document.getElementById('resultats-nombre');
  var announcer = document.getElementById('resultats-annonce');
  var approximate = document.getElementById('recherche-approche');
  var list = document.getElementById('resultats-liste');
  var none = document.getElementById('aucun-resultat');
  var more = document.getElementById('plus');
  var sortSelect = document.getElementById('tri');
  var fromSelect = document.getElementById('depuis');
  var toSelect = document.getElementById('jusqua');
  var clearButton = document.getElementById('effacer');
  var facetSets = [].slice.call(root.querySelectorAll('fieldset.facet[data-param]'));
  var alert = document.getElementById('recherche-alerte');
  var filters = document.getElementById('filtres');
  var toggle = document.getElementById('filtrer');
  var toggleCount = document.getElementById('filtrer-nombre');
  var exportGroup = root.querySelector('[data-citations-exports]');
  var months = (root.getAttribute('data-months') || '').split('|');

  var manifest = null;
  var index = null;
  var hits = [];
  var shown = 0;
  var words = [];
  var termCache = new Map();
  var loads = new Map();
  var facetValues = [];
  var years = null;
  var initialCounts = new Map();
  var generation = 0;
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

  /** A data file of this build (recherche/<folder>/<key>.js), loaded once; resolves to what it stored. */
  function loadData(key) {
    if (!loads.has(key)) {
      var promise = loadScript(base + 'recherche/' + manifest.folder + '/' + key + '.js').then(function () {
        var value = store()[key];
        delete store()[key];
        return value;
      });
      promise.catch(function () { loads.delete(key); });
      loads.set(key, promise);
    }
    return loads.get(key);
  }

  /**
   * The facet values of the write-ups of one chunk, decoded once: per facet, starts[i]..starts[i+1] in
   * values are the positions (in the facet's term list) of the terms of write-up chunk × size + i.
   */
  function loadFacets(chunk) {
    return loadData('f' + chunk).then(function (columns) {
      if (facetValues[chunk]) return;
      facetValues[chunk] = columns.map(function (column) {
        var starts = [0];
        var values = new Uint16Array(column.length);
        var count = 0;
        for (var i = 0; i < column.length; i++) {
          var code = column.charCodeAt(i);
          if (code === 32) {
            starts.push(count);
            continue;
          }
          if (code >= 161) code -= 34;
          if (code >= 93) code--;
          values[count++] = code - 35;
        }
        starts.push(count);
        return { starts: Int32Array.from(starts), values: values };
      });
    });
  }

  /** Loads the facet values of every write-up among hits. */
  function facetsFor(found) {
    var size = manifest.facets.chunk;
    var chunks = {};
    found.forEach(function (hit) { chunks[(hit.ref / size) | 0] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) { return loadFacets(Number(c)); }));
  }

  /** Calls back each term position of one write-up in facet f. */
  function eachValue(ref, f, callback) {
    var size = manifest.facets.chunk;
    var column = facetValues[(ref / size) | 0][f];
    var i = ref % size;
    for (var v = column.starts[i]; v < column.starts[i + 1]; v++) callback(column.values[v]);
  }

  /** What a result shows of a write-up: slug, url, title, summary, date, illustrative, and its text. */
  function card(ref) {
    return loadData('fiches/' + ref);
  }

  function yearOf(ref) {
    return years[ref];
  }

  // --- Analyse de la requête -------------------------------------------------------------------

  /** The search pipeline of the index (trimmer, elision, stop words, stemmer) on one lower-case word. */
  function termsOf(word) {
    var cached = termCache.get(word);
    if (!cached) {
      cached = index.pipeline.runString(word);
      termCache.set(word, cached);
    }
    return cached;
  }

  function allWriteUps() {
    var all = new Array(manifest.documents);
    for (var i = 0; i < all.length; i++) all[i] = { ref: i, score: 0, found: [] };
    return all;
  }

  /**
   * Resolves to { hits, problems } for the text typed. A pattern that would load too much of the index
   * is left out with a problem to show; while typing, a broad prefix of the last word is just not used.
   */
  function search(text, typing) {
    var analysis = requete.analyse(text, typing, index.pipeline);
    var problems = analysis.problems;
    var analysed = analysis.words;
    if (analysed.length === 0) return Promise.resolve({ hits: problems.length ? [] : allWriteUps(), problems: problems, words: [] });
    function run(list) {
      return index.query(requete.clauses(list), { maxKilobytes: MAX_KILOBYTES }).then(function (results) {
        return { hits: requete.keep(results, list), problems: problems, words: list };
      });
    }
    return run(analysed).catch(function (error) {
      if (!(error instanceof window.OsezIndex.TooBroad)) throw error;
      var typed = analysed.filter(function (w) { return w.prefix; });
      if (typed.length) return run(requete.withoutPrefixes(analysed));
      var patterns = analysed.filter(function (w) { return w.kind !== 'plain'; });
      patterns.forEach(function (w) { problems.push({ word: w.word, kind: 'broad' }); });
      var rest = analysed.filter(function (w) { return w.kind === 'plain'; });
      if (rest.length === 0) return { hits: [], problems: problems, words: [] };
      return run(rest);
    }).then(function (outcome) {
      return outcome.hits.length >= FEW ? outcome : forgive(outcome);
    });
  }

  /**
   * The search again, each word also matching the index terms one typing slip away, if that finds
   * more; outcome.fixes then says which words were read otherwise ([{ word, spelling }]).
   */
  function forgive(outcome) {
    if (outcome.words.length === 0 || outcome.words.some(function (w) { return w.kind !== 'plain'; })) return outcome;
    return index.termSet().then(function (terms) {
      var forgiven = requete.forgiving(outcome.words, index.pipeline, function (term) { return requete.holds(terms, term); });
      if (!forgiven) return outcome;
      return index.query(requete.clauses(forgiven), { maxKilobytes: MAX_KILOBYTES }).then(function (results) {
        var found = requete.keep(results, forgiven);
        if (found.length <= outcome.hits.length) return outcome;
        // The words as the write-ups found spell them: from the texts of the first ones.
        return Promise.all(found.slice(0, 5).map(function (hit) { return card(hit.ref); })).then(function (entries) {
          var texts = entries.map(function (e) { return e.title + ' ' + e.summary + ' ' + e.text; });
          var fixes = requete.corrections(forgiven, found, texts, index.pipeline);
          if (fixes.length === 0) return outcome;
          // Only the write-ups of the words as corrected (« logement », not every neighbour of « logment »).
          var kept = found.filter(function (hit) {
            return fixes.every(function (f) { return hit.found.indexOf(f.term) >= 0; });
          });
          if (kept.length <= outcome.hits.length) return outcome;
          return { hits: kept, problems: outcome.problems, words: forgiven, fixes: fixes };
        });
      });
    }, function () { return outcome; });
  }

  /** « Résultats approchés pour « logment » : logement », and the link to the corrected search. */
  function showFixes(query, fixes) {
    approximate.textContent = '';
    approximate.hidden = !fixes;
    if (!fixes) return '';
    var spellings = fixes.map(function (f) { return f.spelling; }).join(', ');
    var notice = text('approximate').replace('{q}', query).replace('{w}', spellings);
    var suggestion = requete.corrected(query, fixes);
    var link = document.createElement('a');
    var params = new URLSearchParams(location.search);
    params.set('q', suggestion);
    link.href = '?' + params.toString();
    link.textContent = text('did-you-mean').replace('{q}', suggestion);
    link.addEventListener('click', function (event) {
      event.preventDefault();
      input.value = suggestion;
      update(false);
      input.focus();
    });
    approximate.appendChild(document.createTextNode(notice + ' '));
    approximate.appendChild(link);
    return notice;
  }

  function showProblems(problems) {
    var messages = { wildcard: 'wildcard-short', fuzzy: 'fuzzy-short', broad: 'too-broad' };
    alert.textContent = problems.map(function (p) { return text(messages[p.kind]).replace('{w}', p.word); }).join(' ');
    alert.hidden = problems.length === 0;
  }

  // --- Filtres ---------------------------------------------------------------------------------

  /** The ticked terms of each facet, as positions in the facet's list (manifest order), and the years. */
  function selection() {
    var selected = [];
    facetSets.forEach(function (set) {
      var f = manifest.facets.params.indexOf(set.getAttribute('data-param'));
      if (f < 0) return;
      var ids = manifest.facets.terms[f];
      var ticked = [].slice.call(set.querySelectorAll('input:checked')).map(function (box) { return ids.indexOf(box.value); })
        .filter(function (i) { return i >= 0; });
      if (ticked.length) selected.push({ facet: f, terms: ticked });
    });
    // The year range, read once (either end may be the earlier one).
    var from = Number(fromSelect.value) || 0;
    var to = Number(toSelect.value) || 9999;
    selected.from = Math.min(from, to);
    selected.to = Math.max(from, to);
    return selected;
  }

  function filtering(selected) {
    return selected.length > 0 || fromSelect.value !== '' || toSelect.value !== '';
  }

  /** Whether a write-up passes the year range and every selected facet but exceptFacet (-1: all). */
  function passes(ref, selected, exceptFacet) {
    return failures(ref, selected) === (exceptFacet >= 0 ? failedFacet(ref, selected, exceptFacet) : 0);
  }

  /** How many selected facets (and the years, counted as one) a write-up fails. */
  function failures(ref, selected) {
    var failed = 0;
    for (var s = 0; s < selected.length; s++) {
      if (!hasAny(ref, selected[s])) failed++;
    }
    var year = yearOf(ref);
    if (year < selected.from || year > selected.to) failed++;
    return failed;
  }

  function failedFacet(ref, selected, facet) {
    for (var s = 0; s < selected.length; s++) {
      if (selected[s].facet === facet) return hasAny(ref, selected[s]) ? 0 : 1;
    }
    return 0;
  }

  function hasAny(ref, selection) {
    var any = false;
    eachValue(ref, selection.facet, function (value) { if (selection.terms.indexOf(value) >= 0) any = true; });
    return any;
  }

  /**
   * The count beside each box: the write-ups found that would remain with this box ticked too, the
   * other vocabularies' filters and the years applied (its own vocabulary's boxes left out).
   */
  function updateCounts(found, selected) {
    var facets = manifest.facets.params.length;
    var counts = [];
    for (var f = 0; f < facets; f++) counts.push(new Int32Array(manifest.facets.terms[f].length));
    if (found) {
      found.forEach(function (hit) {
        var failed = failures(hit.ref, selected);
        if (failed > 1) return;
        for (var f = 0; f < facets; f++) {
          if (failed === 1 && failedFacet(hit.ref, selected, f) === 0) continue;
          var forFacet = counts[f];
          eachValue(hit.ref, f, function (value) { forFacet[value]++; });
        }
      });
    }
    facetSets.forEach(function (set) {
      var f = manifest.facets.params.indexOf(set.getAttribute('data-param'));
      [].slice.call(set.querySelectorAll('.facet__count')).forEach(function (span) {
        var n = !found ? initialCounts.get(span) : f < 0 ? 0 : counts[f][manifest.facets.terms[f].indexOf(span.getAttribute('data-term'))] || 0;
        span.textContent = '(' + n.toLocaleString('fr-FR') + ')';
        var item = span.parentNode.parentNode;
        item.classList.toggle('is-empty', n === 0);
        // No dead end: a box that would leave no write-up cannot be ticked (a ticked one can still be unticked).
        var box = item.querySelector('input');
        box.disabled = n === 0 && !box.checked;
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
    return words.some(function (w) { return w.prefix && prefix.lastIndexOf(w.prefix, 0) === 0; });
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

  function renderHit(hit, entry) {
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
      // Worked out just after the results are drawn, so that they show first.
      window.setTimeout(function () {
        var extract = passage(entry.text, hit.found);
        if (extract) appendHighlighted(snippet, extract, hit.found);
        else snippet.remove();
      }, 0);
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

  /** Loads what the next page of results shows, then (if still current) appends it. */
  function renderMore(focusFirst, current) {
    var start = shown;
    var page = hits.slice(start, start + PAGE_SIZE);
    return Promise.all(page.map(function (hit) { return card(hit.ref); })).then(function (entries) {
      if (current !== generation || shown !== start) return;
      if (start === 0) list.textContent = '';
      shown = start + page.length;
      entries.forEach(function (entry, i) { list.appendChild(renderHit(page[i], entry)); });
      more.hidden = shown >= hits.length;
      if (window.OsezSelection) window.OsezSelection.refresh();
      if (focusFirst && list.children[start]) list.children[start].querySelector('a').focus();
    });
  }

  /** The first page of results shown when nothing is filtered: by relevance, or by date (the ref order). */
  function firstPage(found) {
    if (sortSelect.value !== 'date' && words.length > 0) return found.slice(0, PAGE_SIZE);
    return found.slice().sort(function (a, b) { return a.ref - b.ref; }).slice(0, PAGE_SIZE);
  }

  /**
   * The status line, at once (it always says what the field holds), and the same words for screen
   * readers once typing has calmed down (a separate live zone, so that each key is not read aloud).
   */
  function announce(query, notice) {
    var n = hits.length;
    var message = query
      ? count(n <= 1 ? text('found-one') : text('found-other'), n) + ' ' + text('for-query').replace('{q}', query)
      : count(n <= 1 ? text('all-one') : text('all-other'), n);
    status.textContent = message;
    status.setAttribute('data-query', query);
    var spoken = notice ? message + '. ' + notice : message;
    window.clearTimeout(announceTimer);
    announceTimer = window.setTimeout(function () { announcer.textContent = spoken; }, ANNOUNCE_DELAY);
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
    if (!index) return Promise.resolve();
    var current = ++generation;
    var query = input.value.trim();
    return search(input.value, typing).then(function (outcome) {
      if (current !== generation) return null;
      var found = outcome.hits;
      // Only the newest query sets the words (highlighting, order): an older answer arriving late changes nothing.
      words = outcome.words;
      var selected = selection();
      var counting = words.length > 0 || filtering(selected);
      // With no box ticked and no year chosen, the first page does not depend on the facets: its cards load
      // while the facets needed for the counts do, instead of after them.
      if (!filtering(selected)) firstPage(found).forEach(function (hit) { card(hit.ref); });
      return (counting ? facetsFor(found) : Promise.resolve()).then(function () {
        if (current !== generation) return null;
        words = outcome.words;
        showProblems(outcome.problems);
        hits = counting ? found.filter(function (hit) { return passes(hit.ref, selected, -1); }) : found;
        // Refs follow the write-ups newest first: the date order is the ref order.
        if (sortSelect.value === 'date' || words.length === 0) hits.sort(function (a, b) { return a.ref - b.ref; });
        // Ask for the first page's cards now: they load while the counts are worked out.
        hits.slice(0, PAGE_SIZE).forEach(function (hit) { card(hit.ref); });
        updateCounts(counting ? found : null, selected);
        shown = 0;
        return renderMore(false, current).then(function () {
          if (current !== generation) return;
          none.hidden = hits.length > 0;
          // Nothing to export from no result.
          if (exportGroup) exportGroup.hidden = hits.length === 0;
          countFilters();
          announce(query, showFixes(query, outcome.fixes));
          writeUrl();
          document.dispatchEvent(new CustomEvent('osez:resultats', { detail: { count: hits.length } }));
        });
      });
    }, function (error) {
      if (current !== generation) return;
      if (error && error.name === 'QueryParseError') return;
      status.textContent = text('load-error');
      announcer.textContent = status.textContent;
    });
  }

  var api = {
    /** A promise of the slugs of the write-ups found, in the order shown (all of them, not only the first page). */
    currentSlugs: function () {
      if (!manifest) return Promise.resolve([]);
      var list = hits.slice();
      var size = manifest.slugs.chunk;
      var chunks = {};
      list.forEach(function (hit) { chunks[Math.floor(hit.ref / size)] = true; });
      var keys = Object.keys(chunks).map(Number);
      return Promise.all(keys.map(function (c) { return loadData('a' + c); })).then(function (loaded) {
        var slugs = {};
        keys.forEach(function (c, i) { slugs[c] = loaded[i]; });
        return list.map(function (hit) { return slugs[Math.floor(hit.ref / size)][hit.ref % size]; });
      });
    },
    /** The current search as an address (what the address bar shows). */
    currentUrl: function () { return location.href; }
  };
  window.OsezRecherche = api;

  // --- Démarrage -------------------------------------------------------------------------------

  /** « Filtrer (2 actifs) »: the filters in use, on the button that shows them on a narrow screen. */
  function countFilters() {
    var n = root.querySelectorAll('.facet input:checked').length + (fromSelect.value ? 1 : 0) + (toSelect.value ? 1 : 0);
    toggleCount.textContent = n === 0 ? '' : count(n === 1 ? text('active-one') : text('active-other'), n);
  }

  readUrl();
  // On a narrow screen the filters are behind the « Filtrer » button, so that results come first.
  root.classList.add('has-filter-toggle');
  toggle.parentNode.hidden = false;
  toggle.addEventListener('click', function () {
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    filters.classList.toggle('is-open', open);
  });
  countFilters();
  status.textContent = text('loading');
  [].slice.call(root.querySelectorAll('.facet__count')).forEach(function (span) {
    initialCounts.set(span, Number(span.textContent.replace(/\D/g, '')) || 0);
  });
  // The manifest names this build's data folder: over http, ask for it afresh (the data files are then
  // new names whenever the content changes); from disk there is no cache to avoid.
  var fresh = location.protocol === 'file:' ? '' : '?' + Date.now().toString(36);
  var ready = loadScript(base + 'recherche/index-recherche.js' + fresh)
    .then(function () {
      manifest = store().manifest;
      index = new window.OsezIndex(manifest, loadData);
      years = new Array(manifest.documents);
      manifest.years.forEach(function (entry, i) {
        var end = i + 1 < manifest.years.length ? manifest.years[i + 1][1] : manifest.documents;
        for (var ref = entry[1]; ref < end; ref++) years[ref] = entry[0];
      });
      status.textContent = '';
      return update(false);
    }).then(function () {
      root.setAttribute('data-ready', 'true');
      // Every query and filter needs the facet values of its write-ups: have them ready before the next one.
      window.setTimeout(function () {
        for (var c = 0; c * manifest.facets.chunk < manifest.documents; c++) loadFacets(c);
      }, 0);
    }, function () {
      status.textContent = text('load-error');
      announcer.textContent = status.textContent;
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
  more.addEventListener('click', function () { renderMore(true, generation); });
}());

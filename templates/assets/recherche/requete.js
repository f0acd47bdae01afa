/*
 * Osez le collectif : ce que la page de recherche fait d'une requête tapée (sans toucher à la page,
 * pour être testé dans node avec le vrai lunr.js).
 *
 * - Un mot cherche les termes que le pipeline français en tire (racines, avec et sans accents) ;
 *   un mot vide (« les », « de ») est ignoré.
 * - Pendant la frappe, le dernier mot vaut aussi comme début de mot (« équi » trouve « équipe »).
 * - « équi* » : tous les termes qui commencent par « equi » (au moins MIN_PREFIX lettres avant *) ;
 *   l'étoile peut être au milieu (« log*ment »).
 * - « famile~1 » : les termes à une modification près de la racine (~2 : deux, sur un mot plus long).
 * - Une fiche est gardée si elle contient chacun des mots (un terme trouvé pour chaque mot).
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory;
  } else {
    root.OsezRequete = factory(root.lunr);
  }
}(this, function (lunr) {
  'use strict';

  var MIN_PREFIX = 3;
  /** The shortest stem for one edit (~1), and for two (~2): shorter ones match too many words. */
  var MIN_FUZZY = [0, 4, 6];
  var fuzzyWord = /^(.*[^~])~([0-9]+)$/;
  var wordCharacter = '[' + lunr.fr.wordCharacters + '0-9*]';

  var isPatternCharacter = new RegExp(wordCharacter);

  /** Removes what trimmer-fr removes at both ends, except the stars. */
  function trimPattern(word) {
    var start = 0;
    var end = word.length;
    var test = isPatternCharacter;
    while (start < end && !test.test(word.charAt(start))) start++;
    while (end > start && !test.test(word.charAt(end - 1))) end--;
    return word.slice(start, end);
  }

  /** A wildcard word as stored terms are: trimmed, without its elided article, accents folded. */
  function wildcardPattern(word) {
    return lunr.fr.accentFoldTerm(lunr.osezFr.elide(trimPattern(word)));
  }

  /**
   * The words of a query. Returns { words, problems }: each word has kind ('plain', 'wildcard',
   * 'fuzzy'), terms (index terms), prefix (plain word being typed), pattern, distance; problems lists
   * the words left out because they would match too much ({ word, kind }).
   */
  function analyse(text, typing, pipeline) {
    var tokens = lunr.tokenizer(text.normalize('NFC'));
    var typingLast = typing && text.length > 0 && !/[\s-]$/.test(text);
    var words = [];
    var problems = [];
    tokens.forEach(function (token, i) {
      var word = token.toString();
      if (word.indexOf('*') >= 0) {
        var pattern = wildcardPattern(word);
        var star = pattern.indexOf('*');
        if (star < 0) return;
        if (star < MIN_PREFIX) {
          problems.push({ word: word, kind: 'wildcard' });
          return;
        }
        words.push({ word: word, kind: 'wildcard', terms: [], prefix: null, pattern: pattern });
        return;
      }
      var fuzzy = fuzzyWord.exec(word);
      if (fuzzy) {
        var distance = Number(fuzzy[2]);
        var stems = pipeline.runString(fuzzy[1]);
        if (stems.length === 0) return;
        var shortest = Math.min.apply(null, stems.map(function (s) { return s.length; }));
        if (distance < 1 || distance >= MIN_FUZZY.length || shortest < MIN_FUZZY[distance]) {
          problems.push({ word: word, kind: 'fuzzy' });
          return;
        }
        words.push({ word: word, kind: 'fuzzy', terms: stems, prefix: null, distance: distance });
        return;
      }
      var terms = pipeline.runString(word);
      if (terms.length === 0) return;
      var prefix = null;
      if (typingLast && i === tokens.length - 1) {
        var candidate = lunr.osezFr.prefixOf(word);
        if (candidate.length >= MIN_PREFIX) prefix = candidate;
      }
      words.push({ word: word, kind: 'plain', terms: terms, prefix: prefix });
    });
    return { words: words, problems: problems };
  }

  /** The lunr query of the words (for index.query): every term optional, the typed prefix weighs half. */
  function clauses(words) {
    return function (q) {
      words.forEach(function (w) {
        if (w.kind === 'wildcard') {
          q.term(w.pattern, { usePipeline: false });
        } else if (w.kind === 'fuzzy') {
          w.terms.forEach(function (term) { q.term(term, { usePipeline: false, editDistance: w.distance }); });
        } else {
          w.terms.forEach(function (term) { q.term(term, { usePipeline: false }); });
          if (w.prefix) q.term(w.prefix, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 0.5 });
        }
      });
    };
  }

  /** The same words without the prefixes of the word being typed. */
  function withoutPrefixes(words) {
    return words.map(function (w) {
      var copy = {};
      for (var key in w) copy[key] = w[key];
      copy.prefix = null;
      return copy;
    });
  }

  /** Whether an index term counts for a word (lunr's own matching for patterns and fuzzy words). */
  function belongs(term, w) {
    if (w.kind === 'plain') {
      return w.terms.indexOf(term) >= 0 || (w.prefix !== null && term.lastIndexOf(w.prefix, 0) === 0);
    }
    var cache = w.matches || (w.matches = Object.create(null));
    if (!(term in cache)) {
      var candidate = lunr.TokenSet.fromString(term);
      var probes = w.kind === 'wildcard' ? [{ term: w.pattern }] : w.terms.map(function (t) { return { term: t, editDistance: w.distance }; });
      cache[term] = probes.some(function (probe) {
        return candidate.intersect(lunr.TokenSet.fromClause(probe)).toArray().length > 0;
      });
    }
    return cache[term];
  }

  /** lunr's results as hits ({ ref, score, found }), keeping the write-ups that hold every word. */
  function keep(results, words) {
    return results.map(function (r) {
      return { ref: Number(r.ref), score: r.score, found: Object.keys(r.matchData.metadata) };
    }).filter(function (hit) {
      return words.every(function (w) {
        return hit.found.some(function (term) { return belongs(term, w); });
      });
    });
  }

  return {
    MIN_PREFIX: MIN_PREFIX,
    analyse: analyse,
    clauses: clauses,
    withoutPrefixes: withoutPrefixes,
    keep: keep,
    wildcardPattern: wildcardPattern
  };
}));

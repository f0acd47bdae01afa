/*
 * Osez le collectif : ce que la page de recherche fait d'une requête tapée (sans toucher à la page,
 * pour être testé dans node avec le vrai lunr.js).
 *
 * - Un mot cherche le terme que le pipeline français en tire (la racine du mot sans ses accents :
 *   tapé avec ou sans accents, il trouve les mêmes fiches) ; un mot vide (« les », « de ») est ignoré.
 * - Une recherche qui ne trouve rien ou presque est retentée en pardonnant une faute de frappe par
 *   mot (une lettre en trop, en moins, fausse ou inversée : « logment » trouve « logement ») ; les
 *   termes ainsi ajoutés sont ceux de l'index.
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

  /** The shortest word (folded) corrected for a typing slip: shorter ones have too many neighbours. */
  var MIN_FORGIVEN = 4;
  var LETTERS = 'abcdefghijklmnopqrstuvwxyz';

  /** The words one typing slip away from a folded word: a letter missing, extra, wrong, or two swapped. */
  function neighbours(word) {
    var out = [];
    var i, c;
    for (i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
    for (i = 0; i + 1 < word.length; i++) out.push(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
    for (i = 0; i < word.length; i++) {
      for (c = 0; c < LETTERS.length; c++) {
        if (LETTERS.charAt(c) !== word.charAt(i)) out.push(word.slice(0, i) + LETTERS.charAt(c) + word.slice(i + 1));
      }
    }
    for (i = 0; i <= word.length; i++) {
      for (c = 0; c < LETTERS.length; c++) out.push(word.slice(0, i) + LETTERS.charAt(c) + word.slice(i));
    }
    return out;
  }

  /**
   * The words of a query that found nothing or little, each plain word also matching the index terms of
   * its neighbours (hasTerm(term) says whether the index holds a term). Returns null when no word has
   * any: there is nothing else to try. Each word gets alternatives: [{ spelling, term }].
   */
  function forgiving(words, pipeline, hasTerm) {
    var any = false;
    var forgiven = words.map(function (w) {
      var copy = {};
      for (var key in w) copy[key] = w[key];
      copy.prefix = null;
      copy.alternatives = [];
      if (w.kind !== 'plain') return copy;
      var folded = lunr.osezFr.prefixOf(w.word);
      if (folded.length < MIN_FORGIVEN || /[0-9']/.test(folded)) return copy;
      var seen = Object.create(null);
      w.terms.forEach(function (t) { seen[t] = true; });
      neighbours(folded).forEach(function (spelling) {
        pipeline.runString(spelling).forEach(function (term) {
          if (seen[term] || !hasTerm(term)) return;
          seen[term] = true;
          copy.alternatives.push({ spelling: spelling, term: term });
        });
      });
      if (copy.alternatives.length) {
        any = true;
        copy.terms = w.terms.concat(copy.alternatives.map(function (a) { return a.term; }));
      }
      return copy;
    });
    return any ? forgiven : null;
  }

  /** The edit distance between two words (letters inserted, deleted or replaced). */
  function distance(a, b) {
    var row = [];
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      for (j = 1; j <= b.length; j++) {
        var above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  }

  /**
   * What the forgiving search corrected: for each word whose own terms found nothing, the alternative
   * spelt as in the texts of the write-ups found (the word of those texts with that term closest to
   * the one typed: « famille » rather than the stem « famill »), the closest one winning, then the one
   * found in the most write-ups (« logment » is « logement », not « loyer »). Returns
   * [{ word, spelling, term }].
   */
  function corrections(words, hits, texts, pipeline) {
    var out = [];
    var termsOf = Object.create(null);
    var tokens = Object.create(null);
    texts.forEach(function (text) {
      lunr.tokenizer(String(text).normalize('NFC')).forEach(function (token) {
        var word = lunr.fr.trimmer(token).toString();
        if (/^[^0-9]{2,}$/.test(word)) tokens[word] = true;
      });
    });
    var candidates = Object.keys(tokens);
    candidates.forEach(function (c) { termsOf[c] = pipeline.runString(c); });
    words.forEach(function (w) {
      if (!w.alternatives || w.alternatives.length === 0) return;
      var own = w.terms.slice(0, w.terms.length - w.alternatives.length);
      if (hits.some(function (hit) { return own.some(function (t) { return hit.found.indexOf(t) >= 0; }); })) return;
      var typed = lunr.osezFr.prefixOf(w.word);
      var best = null;
      w.alternatives.forEach(function (a) {
        var n = 0;
        hits.forEach(function (hit) { if (hit.found.indexOf(a.term) >= 0) n++; });
        if (n === 0) return;
        // A word of the texts if one has the term (a neighbour may be no French word), else the neighbour.
        var spelling = a.spelling;
        var closest = Infinity;
        candidates.forEach(function (c) {
          if (termsOf[c].indexOf(a.term) < 0) return;
          var d = distance(typed, lunr.osezFr.prefixOf(c));
          if (d < closest) {
            closest = d;
            spelling = lunr.osezFr.elide(c);
          }
        });
        if (closest === Infinity) closest = distance(typed, spelling);
        if (!best || closest < best.distance || (closest === best.distance && n > best.count)) {
          best = { word: w.word, spelling: spelling, term: a.term, distance: closest, count: n };
        }
      });
      if (best) out.push({ word: best.word, spelling: best.spelling, term: best.term });
    });
    return out;
  }

  /** The typed text with each corrected word replaced by its spelling (the « Vouliez-vous dire » query). */
  function corrected(text, fixes) {
    var result = text;
    fixes.forEach(function (fix) {
      var at = result.toLowerCase().indexOf(fix.word);
      if (at >= 0) result = result.slice(0, at) + fix.spelling + result.slice(at + fix.word.length);
    });
    return result;
  }

  /** Whether a lunr.TokenSet holds a term. */
  function holds(tokenSet, term) {
    var node = tokenSet;
    for (var i = 0; i < term.length && node; i++) node = node.edges[term.charAt(i)];
    return !!node && node.final;
  }

  return {
    MIN_PREFIX: MIN_PREFIX,
    forgiving: forgiving,
    corrections: corrections,
    corrected: corrected,
    holds: holds,
    analyse: analyse,
    clauses: clauses,
    withoutPrefixes: withoutPrefixes,
    keep: keep,
    wildcardPattern: wildcardPattern
  };
}));

/*
 * Osez le collectif : fonctions françaises de l'index de recherche, enregistrées dans lunr sous les
 * mêmes noms que dans le générateur (generator/Osez.Core/Search/French). À charger après lunr.js,
 * lunr.stemmer.support.js, lunr.fr.js (lunr-languages 1.22.0) et assets/regles.js, qui donne les règles
 * du générateur (mots vides, élision) : ce fichier ne fait que les appliquer.
 *
 * - osez-elision-fr : les apostrophes typographiques deviennent ', puis l' d' qu' jusqu'... en tête de
 *   mot sont retirés ; un mot devenu vide est abandonné.
 * - osez-stopwords-fr : les mots vides de lunr-languages, sauf « été » et « étés » (l'été, la saison),
 *   comparés sans les accents (« à » et « a » sont tous deux des mots vides).
 * - osez-stemmer-fr : la racine du mot sans ses accents (« -ee(s) » final lu « -e(s) », comme
 *   « -ée(s) »), un seul terme : un mot tapé avec ou sans accents donne le même terme, donc les
 *   mêmes fiches.
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory;
  } else {
    factory(root.lunr, root.OsezRegles);
  }
}(this, function (lunr, rules) {
  'use strict';
  if (!lunr || !lunr.fr || !lunr.fr.stemmer || !lunr.fr.accentFoldTerm) {
    throw new Error('lunr.fr (lunr-languages 1.22.0) doit être chargé avant lunr-osez-fr.js');
  }
  if (!rules || !rules.search) throw new Error('assets/regles.js doit être chargé avant lunr-osez-fr.js');

  var elidedPrefix = new RegExp(rules.search.elidedPrefix, 'u');
  var apostrophes = rules.search.apostrophes;

  function elide(term) {
    if (term === '') return term;
    var normalised = term.split('').map(function (c) { return apostrophes.indexOf(c) >= 0 ? "'" : c; }).join('');
    var match = elidedPrefix.exec(normalised);
    return match ? normalised.slice(match[0].length) : normalised;
  }

  var elision = function (token) {
    var result = token.update(elide);
    return result.toString() === '' ? undefined : result;
  };

  var stopWordList = rules.search.stopWords;
  var foldedStopWords = Object.create(null);
  stopWordList.forEach(function (word) { foldedStopWords[lunr.fr.accentFoldTerm(word)] = true; });
  var stopWords = function (token) {
    return foldedStopWords[lunr.fr.accentFoldTerm(token.toString())] === true ? undefined : token;
  };

  function stem(word) {
    return lunr.fr.stemmer(word);
  }

  /** Accents folded, then a final "ee(s)" (what "ée(s)" folds to) written "e(s)", as Snowball reads "ée(s)". */
  function canonical(word) {
    return lunr.fr.accentFoldTerm(word).replace(/ee(s?)$/, 'e$1');
  }

  var stemmer = function (token) {
    return token.update(function (text) { return stem(canonical(text)); });
  };

  lunr.Pipeline.registerFunction(elision, 'osez-elision-fr');
  lunr.Pipeline.registerFunction(stopWords, 'osez-stopwords-fr');
  lunr.Pipeline.registerFunction(stemmer, 'osez-stemmer-fr');

  lunr.osezFr = {
    stopWordList: stopWordList.slice(),
    elide: elide,
    /** The site's indexing pipeline, for a builder: this.use(lunr.osezFr.plugin). */
    plugin: function () {
      this.pipeline.reset();
      this.pipeline.add(lunr.fr.trimmer, elision, stopWords, stemmer);
      this.searchPipeline.reset();
      this.searchPipeline.add(lunr.fr.trimmer, elision, stopWords, stemmer);
    },
    /** What a word being typed is matched against as a prefix: trimmed, elided, folded. */
    prefixOf: function (word) {
      var trimmed = lunr.fr.trimmer(new lunr.Token(word)).toString();
      return lunr.fr.accentFoldTerm(elide(trimmed));
    }
  };
}));

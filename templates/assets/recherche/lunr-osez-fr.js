/*
 * Osez le collectif : fonctions françaises de l'index de recherche, enregistrées dans lunr sous les
 * mêmes noms que dans le générateur (generator/Osez.Core/Search/French). À charger après lunr.js,
 * lunr.stemmer.support.js et lunr.fr.js (lunr-languages 1.22.0).
 *
 * - osez-elision-fr : ’ et ʼ deviennent ', puis l' d' qu' jusqu'... en tête de mot sont retirés ;
 *   un mot devenu vide est abandonné.
 * - osez-stopwords-fr : les mots vides de lunr-languages, sauf « été » et « étés » (l'été, la saison).
 * - osez-stemmer-fr : racine puis accents retirés, et accents retirés puis racine (les deux si elles
 *   diffèrent), pour trouver un mot tapé avec ou sans accents.
 */
;(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory;
  } else {
    factory(root.lunr);
  }
}(this, function (lunr) {
  'use strict';
  if (!lunr || !lunr.fr || !lunr.fr.stemmer || !lunr.fr.accentFoldTerm) {
    throw new Error('lunr.fr (lunr-languages 1.22.0) doit être chargé avant lunr-osez-fr.js');
  }

  var elidedPrefix = /^(?:qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])'/;

  function elide(term) {
    if (term === '') return term;
    var normalised = term.replace(/[\u2019\u02BC]/g, "'");
    var match = elidedPrefix.exec(normalised);
    return match ? normalised.slice(match[0].length) : normalised;
  }

  var elision = function (token) {
    var result = token.update(elide);
    return result.toString() === '' ? undefined : result;
  };

  var stopWordList = 'ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions aurons auront aux ' +
    'avaient avais avait avec avez aviez avions avons ayant ayez ayons c ce ceci celà ces cet cette d dans de des ' +
    'du elle en es est et eu eue eues eurent eus eusse eussent eusses eussiez eussions eut eux eûmes eût eûtes ' +
    'furent fus fusse fussent fusses fussiez fussions fut fûmes fût fûtes ici il ils j je l la le les leur leurs ' +
    'lui m ma mais me mes moi mon même n ne nos notre nous on ont ou par pas pour qu que quel quelle quelles ' +
    'quels qui s sa sans se sera serai seraient serais serait seras serez seriez serions serons seront ses soi ' +
    'soient sois soit sommes son sont soyez soyons suis sur t ta te tes toi ton tu un une vos votre vous y à ' +
    'étaient étais était étant étiez étions étée étées êtes';
  var stopWords = lunr.generateStopWordFilter(stopWordList.split(' '));

  function stem(word) {
    return lunr.fr.stemmer(word);
  }

  var stemmer = function (token) {
    var text = token.toString();
    var first = lunr.fr.accentFoldTerm(stem(text));
    var second = stem(lunr.fr.accentFoldTerm(text));
    if (second === first) return token.update(function () { return first; });
    return [token.clone(function () { return first; }), token.clone(function () { return second; })];
  };

  lunr.Pipeline.registerFunction(elision, 'osez-elision-fr');
  lunr.Pipeline.registerFunction(stopWords, 'osez-stopwords-fr');
  lunr.Pipeline.registerFunction(stemmer, 'osez-stemmer-fr');

  lunr.osezFr = {
    stopWordList: stopWordList.split(' '),
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

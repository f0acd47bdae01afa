// Parité des accents : pour chaque mot d'un corpus, la requête de la page de recherche
// (assets/recherche/requete.js, avec le vrai lunr.js) donne exactement les mêmes fiches, dans le même
// ordre et avec les mêmes scores, que le mot soit tapé avec ses accents, sans ses accents, ou sous
// n'importe laquelle de ses autres graphies accentuées trouvées dans le corpus (« équipe », « equipe »,
// « EQUIPE », « équipé »...). Utilisé par tests/Osez.Tests/Search/AccentParityTests.cs.
//
//   OSEZ_REGLES=<assets/regles.js> node accent-parite.js <entrée.json>
//
// Entrée : { index: chemin du JSON de l'index (écrit par le générateur), texts: [chaînes] }
// Sortie : { words, accented, groups, queries, differing: [{ word, variant, expected, actual }],
//            withHits, stemmerControl: nombre de groupes qui diffèrent avec l'ancien racinisateur }
'use strict';
const fs = require('fs');
const path = require('path');
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.fr')(lunr);
const assets = path.join(__dirname, '..', '..', 'templates', 'assets', 'recherche');
require(path.join(assets, 'lunr-osez-fr.js'))(lunr, require(process.env.OSEZ_REGLES));
const requete = require(path.join(assets, 'requete.js'))(lunr);

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const index = lunr.Index.load(JSON.parse(fs.readFileSync(input.index, 'utf8')));
const fold = lunr.fr.accentFoldTerm;

/** What the page finds for a text, submitted or being typed: refs and scores, in the order shown. */
function pageResults(text, typing) {
  const analysis = requete.analyse(text, typing, index.pipeline);
  if (analysis.words.length === 0) return analysis.problems.length ? 'refusé' : 'tout';
  const results = index.query(requete.clauses(analysis.words));
  return requete.keep(results, analysis.words).map(h => h.ref + ':' + h.score).join(' ');
}

// Every word of the texts, as the page's tokenizer cuts them, grouped by their folded form.
const groups = new Map();
let words = 0;
let accented = 0;
for (const text of input.texts) {
  for (const token of lunr.tokenizer(text.normalize('NFC'))) {
    const word = token.toString();
    const key = fold(word);
    if (!groups.has(key)) groups.set(key, new Set());
    const group = groups.get(key);
    if (!group.has(word)) { group.add(word); words++; if (key !== word) accented++; }
  }
}

function check(results) {
  const differing = [];
  let queries = 0;
  let withHits = 0;
  for (const [key, group] of groups) {
    // The folded form, every spelling met in the texts, and the word in capitals.
    const variants = new Set([key, ...group, key.toUpperCase()]);
    for (const typing of [false, true]) {
      let expected = null;
      for (const variant of variants) {
        queries++;
        const actual = results(variant, typing);
        if (expected === null) {
          expected = actual;
          if (!typing && actual !== '' && actual !== 'tout' && actual !== 'refusé') withHits++;
        } else if (actual !== expected) {
          differing.push({ word: key, variant, typing, expected: expected.slice(0, 80), actual: actual.slice(0, 80) });
          break;
        }
      }
    }
  }
  return { differing, queries, withHits };
}

const outcome = check(pageResults);

// Control: the former stemmer (stem then fold, and fold then stem) must make the check fail.
const registered = lunr.Pipeline.registeredFunctions['osez-stemmer-fr'];
const former = function (token) {
  const text = token.toString();
  const first = fold(lunr.fr.stemmer(text));
  const second = lunr.fr.stemmer(fold(text));
  if (first === second) return token.update(() => first);
  return [token.clone(() => first), token.clone(() => second)];
};
const stack = index.pipeline._stack;
const at = stack.indexOf(registered);
stack[at] = former;
const control = check(pageResults);
stack[at] = registered;

process.stdout.write(JSON.stringify({
  words, accented, groups: groups.size, queries: outcome.queries, withHits: outcome.withHits,
  differing: outcome.differing.slice(0, 20), differingCount: outcome.differing.length,
  stemmerControl: control.differing.length,
}));

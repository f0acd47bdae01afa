// Parité de l'index découpé : les mêmes requêtes sur l'index entier (lunr.Index.load du JSON écrit
// par le générateur, identique à celui de lunr.js) et sur l'index découpé chargé morceau par morceau
// (templates/assets/recherche/index-decoupe.js), avec le vrai lunr.js. Utilisé par
// tests/Osez.Tests/Search/ShardParityTests.cs.
//
//   OSEZ_REGLES=<assets/regles.js> node index-decoupe-parite.js <entrée.json>
//
// Entrée : { full: chemin du JSON de l'index entier, folder: dossier des données (manifeste inclus),
//            manifest: chemin du manifeste, queries: [chaînes], pageQueries: [chaînes], controls: bool,
//            minified: bool (charger lunr.min.js et les fichiers min de lunr-languages, comme le site) }
// Sortie : { compared, mismatches: [...], shardsLoaded: {requête: n}, hits: {requête: n}, controls: {nom: n} }
'use strict';
const fs = require('fs');
const path = require('path');

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const lunr = require(input.minified ? 'lunr/lunr.min.js' : 'lunr');
require(input.minified ? 'lunr-languages/min/lunr.stemmer.support.min.js' : 'lunr-languages/lunr.stemmer.support')(lunr);
require(input.minified ? 'lunr-languages/min/lunr.fr.min.js' : 'lunr-languages/lunr.fr')(lunr);
const assets = path.join(__dirname, '..', '..', 'templates', 'assets', 'recherche');
require(path.join(assets, 'lunr-osez-fr.js'))(lunr, require(process.env.OSEZ_REGLES));
const ShardedIndex = require(path.join(assets, 'index-decoupe.js'))(lunr);
const requete = require(path.join(assets, 'requete.js'))(lunr);

/** Runs a data script as the browser would, and returns what it stored (read once: the index never changes it). */
const scripts = new Map();
function readScript(file, key) {
  if (!scripts.has(file)) {
    const window = {};
    new Function('window', fs.readFileSync(file, 'utf8'))(window);
    scripts.set(file, window.OsezSearchData[key]);
  }
  return scripts.get(file);
}

const manifest = readScript(input.manifest, 'manifest');
const full = lunr.Index.load(JSON.parse(fs.readFileSync(input.full, 'utf8')));

function newSharded(log) {
  return new ShardedIndex(manifest, key => {
    if (log) log.push(key);
    return Promise.resolve(readScript(path.join(input.folder, key + '.js'), key));
  });
}

/** A result list in a comparable form; scores compared with ===, metadata as JSON. */
function describe(results) {
  return results.map(r => ({ ref: r.ref, score: r.score, metadata: JSON.stringify(r.matchData.metadata) }));
}

function compare(expected, actual) {
  if (typeof expected === 'string' || typeof actual === 'string') return expected === actual ? null : { expected, actual };
  if (expected.length !== actual.length) return { expected: expected.length + ' hits', actual: actual.length + ' hits' };
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i], a = actual[i];
    if (e.ref !== a.ref || e.score !== a.score || e.metadata !== a.metadata) {
      return { rank: i, expected: e, actual: a };
    }
  }
  return null;
}

function fullSearch(query) {
  try {
    return describe(full.search(query));
  } catch (e) {
    return 'error: ' + e.name + ': ' + e.message;
  }
}

function shardedSearch(index, query) {
  return index.search(query).then(describe, e => 'error: ' + e.name + ': ' + e.message);
}

/** The search page's own query (assets/recherche/requete.js), as typed (with the prefix of the last word) or submitted. */
function pageQuery(text, typing) {
  const analysis = requete.analyse(text, typing, full.pipeline);
  return analysis.words.length === 0 ? null : requete.clauses(analysis.words);
}

async function compareAll(queries, pageQueries, withShared) {
  const mismatches = [];
  const shardsLoaded = {};
  const hits = {};
  const shared = newSharded();
  let compared = 0;
  for (const query of queries) {
    const expected = fullSearch(query);
    hits[query] = typeof expected === 'string' ? expected : expected.length;
    // A fresh index (only this query's shards), then one shared by every query (earlier shards loaded too).
    const log = [];
    const fresh = await shardedSearch(newSharded(log), query);
    shardsLoaded[query] = log.length;
    const modes = [['fresh', fresh]];
    if (withShared) modes.push(['shared', await shardedSearch(shared, query)]);
    for (const [mode, actual] of modes) {
      compared++;
      const difference = compare(expected, actual);
      if (difference) mismatches.push({ query, mode, difference });
    }
  }
  for (const text of pageQueries) {
    for (const typing of [false, true]) {
      const fn = pageQuery(text, typing);
      if (!fn) continue;
      const expected = describe(full.query(fn));
      const actual = await newSharded().query(fn).then(describe, e => 'error: ' + e.message);
      compared++;
      const key = 'page:' + text + (typing ? ' (frappe)' : '');
      hits[key] = typeof expected === 'string' ? expected : expected.length;
      const difference = compare(expected, actual);
      if (difference) mismatches.push({ query: key, mode: 'page', difference });
    }
  }
  return { compared, mismatches, shardsLoaded, hits };
}

/** Controls: each breaks one rule of the merge on purpose; the comparison must then find mismatches. */
const controls = {
  'vector elements not sorted by term index': internals => {
    internals.addElement = (vector, termIndex, score) => { vector.elements.push(termIndex, score); };
  },
  'empty field vectors left out of a negated query': internals => {
    internals.allVectors = index => index._vectors;
  },
  'wildcard: only the shard of the prefix': internals => {
    internals.prefixShards = (index, prefix) => [Math.max(0, index.shardOf(prefix))];
  },
  'fuzzy: only the shard of the term itself': internals => {
    internals.expandShards = (index, termSet, clause, term) => [index.shardOf(term)].filter(k => k >= 0);
  },
  'shards chosen from the raw word, without the search pipeline': internals => {
    internals.clauseTerms = (index, clause) => [clause.term];
  },
};

async function main() {
  const output = await compareAll(input.queries, input.pageQueries || [], true);
  output.controls = {};
  if (input.controls) {
    for (const [name, sabotage] of Object.entries(controls)) {
      const saved = Object.assign({}, ShardedIndex.internals);
      sabotage(ShardedIndex.internals);
      try {
        // '*' expands to every term: slow, and already covered by the other patterns.
        const broken = await compareAll(input.queries.filter(q => q !== '*'), [], false);
        output.controls[name] = broken.mismatches.filter(m => m.mode === 'fresh').length;
      } finally {
        Object.assign(ShardedIndex.internals, saved);
      }
    }
  }
  process.stdout.write(JSON.stringify(output));
}

main().catch(e => {
  console.error(e && e.stack || e);
  process.exit(1);
});

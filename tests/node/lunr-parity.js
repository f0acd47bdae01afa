// Parité de l'index de recherche : construit avec lunr.js 2.3.9 (et les fonctions françaises du site)
// l'index d'un corpus décrit en JSON, charge l'index construit par le générateur C#, et lance les
// mêmes requêtes sur les deux. Utilisé par tests/Osez.Tests/Search, qui donne dans OSEZ_REGLES le chemin
// des règles du générateur (assets/regles.js, écrit par Osez.Browser.RulesScript).
//
//   node lunr-parity.js index <entrée.json>      -> { index, nodeResults, csharpResults }
//   node lunr-parity.js functions <entrée.json>  -> sortie de chaque fonction pour chaque texte
'use strict';
const fs = require('fs');
const path = require('path');
const lunr = require('lunr');
require('lunr-languages/lunr.stemmer.support')(lunr);
require('lunr-languages/lunr.fr')(lunr);
require(path.join(__dirname, '..', '..', 'templates', 'assets', 'recherche', 'lunr-osez-fr.js'))(lunr, require(process.env.OSEZ_REGLES));

const [mode, inputPath] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(inputPath, 'utf8'));

function search(index, queries) {
  return queries.map(q => {
    try {
      return index.search(q).map(r => [r.ref, r.score, Object.keys(r.matchData.metadata).sort()]);
    } catch (e) {
      return 'error: ' + e.message;
    }
  });
}

function build() {
  const builder = function () {
    if (input.pipeline === 'osez-fr') {
      this.use(lunr.osezFr.plugin);
    } else {
      this.pipeline.reset();
      this.searchPipeline.reset();
    }
    this.ref('ref');
    for (const field of input.fields) this.field(field.name, { boost: field.boost });
    for (const doc of input.documents) {
      const record = { ref: doc.ref };
      input.fields.forEach((field, i) => { record[field.name] = doc.values[i]; });
      this.add(record, doc.boost === 1 ? undefined : { boost: doc.boost });
    }
  };
  return lunr(builder);
}

if (mode === 'index') {
  const index = build();
  const csharp = lunr.Index.load(JSON.parse(fs.readFileSync(input.csharpIndex, 'utf8')));
  process.stdout.write(JSON.stringify({
    index: JSON.stringify(index),
    nodeResults: search(index, input.queries),
    csharpResults: search(csharp, input.queries),
  }));
} else if (mode === 'functions') {
  const run = (label, text) => {
    const fn = lunr.Pipeline.registeredFunctions[label];
    const out = fn(new lunr.Token(text, {}), 0, []);
    if (out === null || out === undefined || out === '') return [];
    return (Array.isArray(out) ? out : [out]).map(t => t.toString());
  };
  process.stdout.write(JSON.stringify({
    stopWords: lunr.osezFr.stopWordList,
    tokenizer: input.texts.map(t => lunr.tokenizer(t).map(x => x.toString())),
    functions: Object.fromEntries(['trimmer-fr', 'osez-elision-fr', 'osez-stopwords-fr', 'osez-stemmer-fr']
      .map(label => [label, input.tokens.map(t => run(label, t))])),
    pipeline: input.tokens.map(t => lunr.Pipeline.load(['trimmer-fr', 'osez-elision-fr', 'osez-stopwords-fr', 'osez-stemmer-fr']).runString(t)),
  }));
} else {
  console.error('usage: node lunr-parity.js index|functions <entrée.json>');
  process.exit(2);
}

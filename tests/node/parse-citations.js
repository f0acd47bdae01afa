// Lit des fichiers de références (BibTeX .bib, RIS .ris, CSL-JSON .json) avec Citation.js,
// un analyseur indépendant du générateur, et écrit sur la sortie standard, en JSON,
// les entrées CSL obtenues pour chaque fichier : { "chemin": [ { ...CSL... } ] }.
// Utilisé par les tests (tests/Osez.Tests/Citing) pour comparer les exports aux en-têtes des fiches.
'use strict';
const fs = require('fs');
const { Cite } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

// .bib is read as BibLaTeX (every field, full date); « bibtex:chemin.bib » reads it as classic BibTeX.
const types = { '.bib': '@biblatex/text', '.ris': '@ris/file', '.json': '@csl/list+object' };
const result = {};
for (const argument of process.argv.slice(2)) {
  const classic = argument.startsWith('bibtex:');
  const file = classic ? argument.slice('bibtex:'.length) : argument;
  const extension = file.slice(file.lastIndexOf('.'));
  const text = fs.readFileSync(file, 'utf8');
  const input = extension === '.json' ? JSON.parse(text) : text;
  const cite = new Cite(input, { forceType: classic ? '@bibtex/text' : types[extension] });
  result[file] = cite.data.map(({ _graph, ...item }) => item);
}
process.stdout.write(JSON.stringify(result, null, 1));

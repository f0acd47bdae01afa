// Les motifs de assets/regles.js dans le moteur de JavaScript : chacun est compilé (drapeaux u et gu), puis
// appliqué à des textes ; tests/Osez.Tests/Browser/RulesScriptTests.cs compare avec ce que trouve .NET.
//
//   node regles-motifs.js <entrée.json>
//
// Entrée : { patterns: [{ name, source }], texts: [chaînes] }
// Sortie : { errors: { name: message }, matches: { name: ["index+longueur ...", un par texte] } }
'use strict';
const fs = require('fs');

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const errors = {};
const matches = {};
for (const { name, source } of input.patterns) {
  let pattern;
  try {
    new RegExp(source, 'u');
    pattern = new RegExp(source, 'gu');
  } catch (e) {
    errors[name] = e.message;
    continue;
  }
  matches[name] = input.texts.map(text => {
    const found = [];
    pattern.lastIndex = 0;
    let m;
    while ((m = pattern.exec(text)) !== null) {
      found.push(m.index + '+' + m[0].length);
      if (m[0].length === 0) pattern.lastIndex++;
    }
    return found.join(' ');
  });
}
process.stdout.write(JSON.stringify({ errors, matches }));

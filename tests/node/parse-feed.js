// Lit un flux Atom avec feedparser (analyseur indépendant du générateur, en mode XML strict : une
// erreur de syntaxe fait échouer la lecture) et écrit en JSON ce qu'il en a compris.
'use strict';
const fs = require('fs');
const FeedParser = require('feedparser');

const file = process.argv[2];
const parser = new FeedParser({ strict: true, normalize: true, addmeta: false, feedurl: process.argv[3] });
const items = [];
let meta = null;
parser.on('error', (error) => { process.stderr.write('Flux illisible : ' + error.message + '\n'); process.exit(1); });
parser.on('meta', (m) => { meta = m; });
parser.on('readable', function () {
  let item;
  while ((item = this.read())) items.push(item);
});
parser.on('end', () => {
  const pick = (i) => ({
    title: i.title, link: i.link, guid: i.guid, published: i.pubdate && i.pubdate.toISOString(),
    updated: i.date && i.date.toISOString(), author: i.author, summary: i.summary, categories: i.categories,
    atomId: i['atom:id'] && i['atom:id']['#'],
    authors: [].concat(i['atom:author'] || []).map((a) => a.name && a.name['#']),
  });
  process.stdout.write(JSON.stringify({
    type: meta['#type'], title: meta.title, link: meta.link, xmlurl: meta.xmlurl, updated: meta.date && meta.date.toISOString(),
    language: meta.language, author: meta.author, id: meta['atom:id'] && meta['atom:id']['#'], items: items.map(pick),
  }, null, 1));
});
fs.createReadStream(file).pipe(parser);

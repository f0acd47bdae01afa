// Mesure de la page de recherche d'un site construit, dans Chromium (Debian), servie en HTTP local
// avec compression gzip (niveau 6), comme un hébergement statique ordinaire.
//
//   node measure.mjs SITE LABEL [RUNS]        -> un objet JSON sur la sortie standard
//
// - first: page ouverte sur ?q=logement dans un contexte neuf (sans cache) : octets gzip reçus par type
//   de fichier jusqu'à l'affichage des résultats (et de leurs extraits), temps jusqu'à ce moment ;
// - query: page ouverte sans requête, puis « logement » tapé et validé : temps jusqu'aux résultats
//   (la recherche « une fois chargée », index à charger compris) et octets de cette requête ;
// - later: les requêtes de QUERIES l'une après l'autre sur la même page : temps et octets de chacune ;
// - warm: la même page rouverte dans le même contexte (fichiers en cache) ;
// - typing: « logement » tapé touche par touche (60 ms) : octets reçus ;
// - heap: tas JavaScript après la première requête (après ramasse-miettes).
// Médiane de RUNS contextes neufs pour les temps.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const [SITE, LABEL = 'site', RUNS = '3'] = process.argv.slice(2);
if (!SITE) { console.error('usage: node measure.mjs SITE LABEL [RUNS]'); process.exit(2); }
const CHROMIUM = process.env.OSEZ_CHROMIUM || '/usr/bin/chromium';

export const QUERIES = [
  'hébergement', 'hebergement', 'éducatrice', 'précarité', 'évaluation', 'accompagnées', 'œuvre', 'oeuvre',
  'familles monoparentales', 'jeunes majeurs', 'insertion professionnelle', 'santé', 'jardin partagé',
  'équipe', 'logement social', 'parents', 'bénévoles', 'quartier', 'équi*', 'famile~1',
];

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.ico': 'image/x-icon' };
const gzipCache = new Map();
let log = [];
let inFlight = 0;
let lastActivity = Date.now();
const server = createServer((req, res) => {
  inFlight++;
  lastActivity = Date.now();
  res.on('close', () => { inFlight--; lastActivity = Date.now(); });
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = normalize(join(SITE, path));
  if (!file.startsWith(normalize(SITE)) || !existsSync(file)) { res.writeHead(404); res.end(); return; }
  if (statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 6 }));
  const body = gzipCache.get(file);
  log.push({ path, bytes: body.length, raw: statSync(file).size });
  // Data named after the build's content never changes: cached, as a static host would let it be.
  const immutable = /\/recherche\/donnees-/.test(path) || /\/assets\//.test(path);
  res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'content-encoding': 'gzip',
    'cache-control': immutable ? 'public, max-age=3600' : 'no-cache' });
  res.end(body);
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const BASE = `http://127.0.0.1:${server.address().port}/`;

function kind(path) {
  if (path.endsWith('.html')) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (/assets\/vendor\//.test(path)) return 'lunr scripts';
  if (/assets\/recherche\/.*\.js$/.test(path)) return 'our scripts';
  if (/recherche\/index-recherche\.js/.test(path)) return 'index or manifest';
  if (/donnees-[^/]+\/t\d+\.js$/.test(path)) return 'index shards';
  if (/donnees-[^/]+\/mots\.js$/.test(path)) return 'term list';
  if (/donnees-[^/]+\/f\d+\.js$/.test(path)) return 'facet values';
  if (/donnees-[^/]+\/a\d+\.js$/.test(path)) return 'slugs';
  if (/donnees-[^/]+\/fiches\//.test(path)) return 'results (cards + text)';
  if (/recherche\/fiches\.js$/.test(path)) return 'results data (catalogue)';
  if (/recherche\/textes\//.test(path)) return 'snippet texts';
  return 'other';
}

function summarise(entries) {
  const byKind = {};
  let total = 0;
  for (const e of entries) {
    const k = kind(e.path);
    byKind[k] = byKind[k] || { files: 0, gzip: 0, raw: 0 };
    byKind[k].files++;
    byKind[k].gzip += e.bytes;
    byKind[k].raw += e.raw;
    total += e.bytes;
  }
  return { total, files: entries.length, byKind };
}

const median = values => { const s = [...values].sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : null; };

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
  const page = await context.newPage();
  page.setDefaultTimeout(600000);
  await page.addInitScript(() => {
    document.addEventListener('osez:resultats', e => {
      window.__resultsAt = performance.now();
      window.__results = (window.__results || 0) + 1;
      window.__count = !e.detail ? null : e.detail.count !== undefined ? e.detail.count : e.detail.slugs ? e.detail.slugs.length : null;
    });
  });
  return { context, page };
}

/** Waits until the server has sent nothing for 500 ms and nothing is in flight. */
async function quiet() {
  while (inFlight > 0 || Date.now() - lastActivity < 500) await new Promise(r => setTimeout(r, 50));
}

/** Waits until the page has shown its results and their snippets, and the network is quiet. */
async function settled(page) {
  await page.waitForSelector('#recherche[data-ready=true]');
  await page.waitForFunction(() => document.querySelectorAll('.result__snippet:empty').length === 0);
  await quiet();
}

async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return Math.round(usage.usedSize / 1024 / 1024 * 10) / 10;
}

/** Submits a query on a ready page; resolves to [milliseconds to results, files loaded meanwhile]. */
async function submit(page, query) {
  const before = await page.evaluate(() => window.__results || 0);
  log = [];
  const started = await page.evaluate(q => {
    const input = document.getElementById('q');
    input.value = q;
    const t = performance.now();
    input.form.requestSubmit();
    return t;
  }, query);
  await page.waitForFunction(n => (window.__results || 0) > n, before);
  const at = await page.evaluate(() => window.__resultsAt);
  await page.waitForFunction(() => document.querySelectorAll('.result__snippet:empty').length === 0);
  await quiet();
  return [at - started, log.slice()];
}

const result = { label: LABEL, site: SITE, first: [], query: [], warm: [], heap: [] };
for (let run = 0; run < Number(RUNS); run++) {
  // Cold: a fresh context opens the page with the query in its address.
  let { context, page } = await newPage();
  log = [];
  await page.goto(BASE + 'recherche/index.html?q=logement');
  await settled(page);
  const readyAt = await page.evaluate(() => window.__resultsAt || performance.now());
  result.first.push({ ms: Math.round(readyAt), ...summarise(log), count: await page.locator('#resultats-nombre').innerText() });
  result.heap.push(await heap(page));
  // Warm: the same page again, files in the browser's cache.
  log = [];
  await page.reload();
  await settled(page);
  result.warm.push({ ms: Math.round(await page.evaluate(() => window.__resultsAt || performance.now())), ...summarise(log) });
  await context.close();

  // Once loaded: the page open without a query, then the first query typed and submitted.
  ({ context, page } = await newPage());
  await page.goto(BASE + 'recherche/index.html');
  await settled(page);
  const [ms, files] = await submit(page, 'logement');
  result.query.push({ ms: Math.round(ms), ...summarise(files) });
  if (run === 0) {
    result.later = [];
    for (const q of QUERIES) {
      const [t, f] = await submit(page, q);
      result.later.push({ query: q, ms: Math.round(t), gzip: summarise(f).total, found: await page.evaluate(() => window.__count) });
    }
    result.heapAfterLater = await heap(page);
    // The same queries again: everything they need is loaded.
    result.again = [];
    for (const q of QUERIES) {
      const [t] = await submit(page, q);
      result.again.push(Math.round(t));
    }
  }
  await context.close();
}

// Typing: « logement » key by key on a fresh page.
{
  const { context, page } = await newPage();
  await page.goto(BASE + 'recherche/index.html');
  await settled(page);
  log = [];
  await page.locator('#q').pressSequentially('logement', { delay: 60 });
  await page.waitForTimeout(1500);
  await quiet();
  result.typing = summarise(log);
  await context.close();
}

result.summary = {
  firstQueryGzip: median(result.first.map(f => f.total)),
  firstQueryMs: median(result.first.map(f => f.ms)),
  warmMs: median(result.warm.map(f => f.ms)),
  queryOnceLoadedMs: median(result.query.map(f => f.ms)),
  queryOnceLoadedGzip: median(result.query.map(f => f.total)),
  laterMedianMs: median(result.later.map(l => l.ms)),
  laterMaxMs: Math.max(...result.later.map(l => l.ms)),
  laterMedianGzip: median(result.later.map(l => l.gzip)),
  laterMaxGzip: Math.max(...result.later.map(l => l.gzip)),
  againMedianMs: median(result.again),
  heapMiB: median(result.heap),
  heapAfterLaterMiB: result.heapAfterLater,
  typingGzip: result.typing.total,
};
await browser.close();
server.close();
process.stdout.write(JSON.stringify(result, null, 1) + '\n');

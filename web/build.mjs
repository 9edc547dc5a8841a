// Build the page into dist/ (or the directory given as the first argument).
//
// Deterministic: fixed esbuild options, fixed file names (no hashes, no timestamps), files
// written in a fixed order; the only inputs are src/, the pinned packages (package-lock.json)
// and this script. `check-reproducible.sh` rebuilds into a temporary directory and diffs.
//
//   dist/index.html            the page
//   dist/app.js, dist/app.css  the bundle (Leaflet, markercluster, topojson-client and our code)
//   dist/countries-50m.json    country outlines (world-atlas TopoJSON, Natural Earth 1:50m)
//   dist/fonts/*.woff2         Noto Naskh Arabic, Arabic subset, regular and bold
//   dist/LICENSES.txt          licences of the bundled third-party code, data and fonts

import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || join(here, 'dist'));
const nm = (p) => join(here, 'node_modules', p);

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'fonts'), { recursive: true });

await build({
  absWorkingDir: here,
  entryPoints: { app: 'src/main.js' },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome109', 'firefox115', 'safari16'],
  charset: 'utf8',
  legalComments: 'eof',
  sourcemap: false,
  metafile: false,
  logLevel: 'warning',
  loader: { '.png': 'dataurl' },
  external: ['*.woff2'],
});

copyFileSync(join(here, 'src/index.html'), join(out, 'index.html'));
copyFileSync(nm('world-atlas/countries-50m.json'), join(out, 'countries-50m.json'));
for (const w of [400, 700]) {
  const f = `noto-naskh-arabic-arabic-${w}-normal.woff2`;
  copyFileSync(nm(`@fontsource/noto-naskh-arabic/files/${f}`), join(out, 'fonts', f));
}

const licences = [
  ['leaflet (BSD-2-Clause)', 'leaflet/LICENSE'],
  ['leaflet.markercluster (MIT)', 'leaflet.markercluster/MIT-LICENCE.txt'],
  ['topojson-client (ISC)', 'topojson-client/LICENSE'],
  ['world-atlas (ISC; boundaries from Natural Earth, public domain)', 'world-atlas/LICENSE'],
  ['@fontsource/noto-naskh-arabic — Noto Naskh Arabic font (SIL OFL 1.1)', '@fontsource/noto-naskh-arabic/LICENSE'],
];
writeFileSync(join(out, 'LICENSES.txt'),
  'Third-party code, data and fonts bundled in this directory.\n\n' +
  licences.map(([name, p]) => {
    const v = JSON.parse(readFileSync(nm(join(dirname(p), 'package.json')), 'utf8')).version;
    return `== ${name}, version ${v} ==\n\n${readFileSync(nm(p), 'utf8').trim()}\n`;
  }).join('\n'));

const files = [];
const walk = (d) => { for (const f of readdirSync(d).sort()) { const p = join(d, f); statSync(p).isDirectory() ? walk(p) : files.push(p); } };
walk(out);
let total = 0;
for (const f of files) { const n = statSync(f).size; total += n; console.log(`${String(n).padStart(9)}  ${relative(out, f)}`); }
console.log(`${String(total).padStart(9)}  total (${(total / 1024).toFixed(0)} KiB) in ${relative(process.cwd(), out) || '.'}`);

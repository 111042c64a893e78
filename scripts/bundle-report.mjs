// Measures the gzipped JavaScript each route loads, from the build manifest, and enforces the budgets:
// the first load (entry + overview) under 120 kB, and no view adding more than 150 kB on top of it; and each
// pre-rendered page's HTML under 60 kB of gzip.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DATA_WORKER } from './deferred-start.mjs';

const DIST = process.env.SIZE_DIST ?? 'dist';
const FIRST_LOAD_BUDGET = 120 * 1024;
const VIEW_BUDGET = 150 * 1024;
const HTML_BUDGET = 60 * 1024;
/**
 * TCP's first window (10 segments of 1,460 bytes) less the headers of scripts/static-host.mjs (about 240 bytes):
 * HTML up to this arrives in one round trip. A page over it is shown a round trip later (150 ms on Lighthouse's
 * simulated phone), which is its LCP over 1.5 s. Reported, not enforced: a host's headers differ.
 */
const FIRST_WINDOW = 14_600 - 240;

const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8'));
const gz = new Map();
const gzipSize = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(DIST, file))).length);
  return gz.get(file);
};

/** The JS files a chunk needs before it runs: itself and its static imports, transitively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imp of chunk.imports ?? []) closure(imp, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry && k.endsWith('index.html'));
if (!entryKey) throw new Error('no index.html entry in the build manifest');
const entry = closure(entryKey);
// The entry imports the app in steps (src/main.tsx): what it imports on start is part of every first load.
for (const key of manifest[entryKey].dynamicImports ?? []) closure(key, entry);
const routeKey = (name) => Object.keys(manifest).find((k) => k.endsWith(`/${name}-route.tsx`));

const sum = (files) => [...files].filter((f) => f.endsWith('.js')).reduce((t, f) => t + gzipSize(f), 0);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

const overview = closure(routeKey('overview'), new Set(entry));
const firstLoad = sum(overview);
const rows = [['first load (shell + overview)', firstLoad, FIRST_LOAD_BUDGET]];
let failed = firstLoad > FIRST_LOAD_BUDGET;

const views = ['growth', 'sectors', 'subclusters', 'regions', 'timeline', 'framework', 'sources'];
for (const view of views) {
  const key = routeKey(view);
  if (!key) continue;
  const added = [...closure(key)].filter((f) => !overview.has(f));
  const size = sum(added);
  rows.push([`/${view} adds`, size, VIEW_BUDGET]);
  if (size > VIEW_BUDGET) failed = true;
}
for (const [name, size, budget] of rows)
  console.log(
    `${size > budget ? 'OVER' : 'ok  '} ${name.padEnd(32)} ${kb(size).padStart(9)}  (budget ${kb(budget)})`,
  );
// The data worker (src/data/data.worker.ts: the schema, its validator and the checks) is not in the manifest.
// Every page fetches it beside the first load, but it runs off the main thread; shown, and counted in "all".
const worker = readdirSync(join(DIST, 'assets'))
  .filter((f) => DATA_WORKER.test(f))
  .map((f) => `assets/${f}`);
if (worker.length !== 1)
  throw new Error(`expected one data worker script in ${DIST}/assets, found ${worker.length}`);
console.log(`     data worker (off the main thread) ${kb(sum(worker)).padStart(8)}`);
const all = Object.values(manifest)
  .map((c) => c.file)
  .filter((f) => f.endsWith('.js'))
  .concat(worker);
console.log(`     all JS together                  ${kb(sum(new Set(all))).padStart(9)}`);

// What else the first page fetches: the stylesheets of the shell and overview (gzip) and the font files that
// index.html preloads (woff2 is compressed already, so its size on disk is its size on the wire).
const css = [...overview].flatMap((f) => Object.values(manifest).find((c) => c.file === f)?.css ?? []);
const cssSize = [...new Set(css)].reduce((t, f) => t + gzipSize(f), 0);
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const fonts = [...html.matchAll(/rel="preload" as="font"[^>]*href="[^"]*?(assets\/[^"]+\.woff2)"/g)].map(
  (m) => m[1],
);
const fontSize = fonts.reduce((t, f) => t + readFileSync(join(DIST, f)).length, 0);
console.log(`     first load CSS (gzip)            ${kb(cssSize).padStart(9)}`);
console.log(`     first load fonts (${fonts.length} preloaded)     ${kb(fontSize).padStart(9)}`);
console.log(`     first load JS + CSS + fonts      ${kb(firstLoad + cssSize + fontSize).padStart(9)}`);

// Every pre-rendered page (scripts/prerender/), compressed as a static host sends it.
const pages = [];
const walk = (dir) => {
  for (const entry of readdirSync(join(DIST, dir), { withFileTypes: true }))
    if (entry.isDirectory() && entry.name !== 'assets' && !entry.name.startsWith('.'))
      walk(join(dir, entry.name));
    else if (entry.name.endsWith('.html'))
      pages.push([
        join(dir, entry.name),
        gzipSync(readFileSync(join(DIST, dir, entry.name)), { level: 9 }).length,
      ]);
};
walk('.');
pages.sort((a, b) => b[1] - a[1]);
const overHtml = pages.filter(([, size]) => size > HTML_BUDGET);
if (overHtml.length > 0) failed = true;
const overWindow = pages.filter(([, size]) => size > FIRST_WINDOW);
console.log(
  `${overHtml.length > 0 ? 'OVER' : 'ok  '} pre-rendered HTML, largest    ${kb(pages[0]?.[1] ?? 0).padStart(9)}  (budget ${kb(HTML_BUDGET)}; ${pages.length} pages)`,
);
for (const [file, size] of overHtml) console.log(`     over the budget: ${file} ${kb(size)}`);
console.log(
  `     HTML past the first round trip   ${String(overWindow.length).padStart(9)}  (over ${kb(FIRST_WINDOW)}: ${overWindow.map(([f]) => f.replace(/^\.\//, '')).join(', ') || 'none'})`,
);
process.exit(failed ? 1 : 0);

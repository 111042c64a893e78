// npm run bench:scale [-- --dist DIR] [-- --scales 1,10,100] [-- --runs 3] [-- --pages growth,sources] [-- --port 4353]
//
// How the app copes with more data, measured in Chromium: builds the app once (or takes --dist), makes a valid
// synthetic snapshot at each scale of public/data/mic-2021.json (scripts/scale-snapshot.mjs; marked synthetic,
// so every page shows the banner), serves a copy of the build whose catalogue points at it, measures the floor
// (the snapshot read and parsed by a blank page, no app code), opens every page and table tab, and prints one
// table: time to ready, long-task time until 1 s after ready (total and longest), the latency of one interaction
// (click to the frame after it), DOM nodes and JS heap; the median of --runs fresh page loads; and the ratio of
// the largest scale to the smallest. A benchmark, not a test: it is not part of test:all.
// The functions passed to page.evaluate run in the browser, with its globals.
/* global window, document, requestAnimationFrame, Worker, MutationObserver */
import { CHROMIUM_FLAGS, buildApp } from './bench-common.mjs';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { scaleSnapshot } from './scale-snapshot.mjs';
import { fileFor } from './static-host.mjs';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    scales: { type: 'string', default: '1,10,100' },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    port: { type: 'string', default: '4353' },
    timeout: { type: 'string', default: '90000' },
  },
});
const SCALES = args.scales.split(',').map(Number);
const RUNS = Number(args.runs);
const PORT = Number(args.port);
const TIMEOUT = Number(args.timeout);
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(import.meta.dirname, '..');

const VIEWS = ['growth', 'sectors', 'subclusters', 'regions', 'timeline', 'framework'];
// The first option button of a chart that is not the chart/table switch: log scale, counts, scatter.
const OPTION = 'main button[aria-pressed="false"]:not(.tab-switch *)';
/** The one interaction timed on each page: the first button matching `click` (and `text`, when given). */
const CHART_CLICK = {
  growth: { click: OPTION },
  sectors: { click: OPTION },
  subclusters: { click: OPTION },
  // The geographic map would time a download; an access filter re-draws the services instead.
  regions: { click: OPTION, text: 'access' },
  timeline: { click: 'main button', text: '^\\+$' },
  // Selecting a feature tile: the comparison below scrolls to it and marks it.
  framework: { click: 'main a.framework-tile' },
};
/** Every page and tab, each with the one interaction timed on it. */
const PAGES = [
  { name: '/', path: '/', click: 'header button[aria-pressed="false"]' },
  ...VIEWS.flatMap((v) => [
    { name: `/${v}`, path: `/${v}`, ...CHART_CLICK[v] },
    { name: `/${v} table`, path: `/${v}?tab=table`, click: 'main th button' },
  ]),
  { name: '/sources', path: '/sources', click: 'main th button' },
].filter((p) => !args.pages || args.pages.split(',').some((name) => p.name.replace(/^\//, '') === name));

const temp = mkdtempSync(join(tmpdir(), 'bench-scale-'));
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));

function buildOnce() {
  if (args.dist) return resolve(args.dist);
  return buildApp(ROOT, join(temp, 'build'));
}

/** A copy of the build whose catalogue lists only the synthetic snapshot at scale k. */
function siteAt(dist, k) {
  const dir = join(temp, `x${k}`);
  cpSync(dist, dir, { recursive: true });
  const base = JSON.parse(readFileSync(join(ROOT, 'public/data/mic-2021.json'), 'utf8'));
  const snapshot = scaleSnapshot(base, k);
  const file = `synthetic-x${k}.json`;
  const text = JSON.stringify(snapshot);
  writeFileSync(join(dir, 'data', file), text);
  const catalogue = {
    default: snapshot.id,
    snapshots: [{ id: snapshot.id, file, title: snapshot.title, compiled: snapshot.compiled }],
  };
  writeFileSync(join(dir, 'data/index.json'), JSON.stringify(catalogue));
  return { dir, file, mb: text.length / 1e6, figures: (text.match(/"qualifier":/g) ?? []).length };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

/** A static server for the current site, answering paths as static-host.mjs does (uncompressed). */
function serve() {
  const state = { root: '' };
  const server = createServer((req, res) => {
    // As a static host answers: a page's own pre-rendered HTML (`/growth` → growth.html), else index.html.
    const file = fileFor(state.root, new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(PORT, '127.0.0.1', () => ok({ state, close: () => server.close() })),
  );
}

// Long tasks are collected from the first byte; the ready time is read in the page, from navigation start, at
// the first change to the page after which it shows a view, its data and the synthetic banner (polled every
// 100 ms, it was up to 100 ms late).
const INIT = () => {
  const ready = () =>
    document.querySelector('main h1, main h2') !== null &&
    document.querySelector('.status--loading, .status--error') === null &&
    document.querySelector('.synthetic-banner') !== null;
  new MutationObserver((_, observer) => {
    if (window.__readyAt !== undefined || !ready()) return;
    window.__readyAt = performance.now();
    observer.disconnect();
  }).observe(document, { subtree: true, childList: true, attributes: true });
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
};

async function measure(browser, url, page) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  const tab = await context.newPage();
  tab.setDefaultTimeout(TIMEOUT);
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.addInitScript(INIT);
  try {
    await tab.goto(url, { waitUntil: 'commit' });
    const ready = await (
      await tab.waitForFunction(() => window.__readyAt, undefined, { polling: 100 })
    ).jsonValue();
    if (await tab.$('.status--error')) throw new Error('the page shows an error');
    await tab.waitForTimeout(1000);
    // The total, and the longest single task: the issue bounds how long one task may block the page.
    const [longTasks, longestTask] = await tab.evaluate((until) => {
      const tasks = window.__longTasks.filter((t) => t.start < until);
      return [tasks.reduce((sum, t) => sum + t.duration, 0), Math.max(0, ...tasks.map((t) => t.duration))];
    }, ready + 1000);
    const interaction = await tab.evaluate(
      async ({ click, text }) => {
        const target = Array.from(document.querySelectorAll(click)).find(
          (el) => !text || new RegExp(text, 'i').test(el.textContent ?? ''),
        );
        if (!target) return null;
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        // As a visitor clicks it: on screen. Clicked below the fold, the time would include laying out what a
        // visitor's scroll to it lays out first (/sources lays out its table only near the screen, 65-90 ms).
        target.scrollIntoView({ block: 'center' });
        await frame();
        await frame();
        await new Promise((r) => setTimeout(r, 300));
        const t0 = performance.now();
        target.click();
        await frame();
        await frame();
        return performance.now() - t0;
      },
      { click: page.click, text: page.text },
    );
    await tab.waitForTimeout(300);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    const { nodes, sideways, tallest } = await tab.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      // How far the page scrolls sideways, and the tallest chart in screens as laid out on the page (a chart
      // that scrolls inside its frame counts at its box's height): the issue bounds both.
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      tallest:
        Math.max(
          0,
          ...Array.from(document.querySelectorAll('.chart-frame')).map(
            (el) => el.getBoundingClientRect().height,
          ),
        ) / window.innerHeight,
    }));
    const heap = metric('JSHeapUsedSize') / 1e6;
    return { ready, longTasks, longestTask, interaction, nodes, heap, sideways, tallest, errors };
  } catch (e) {
    return { failed: String(e.message ?? e).split('\n')[0], errors };
  } finally {
    await context.close();
  }
}

/**
 * The floor under every page's ready time at a scale: a blank page's worker fetches the snapshot as text,
 * decoded as it arrives, and parses it, as the data worker does before it checks anything
 * (src/data/fetch-data-file.ts, data-worker-answer.ts), with no app code at all. Milliseconds for the read
 * (request to text) and for JSON.parse.
 */
async function floor(browser, file) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  try {
    await tab.goto(`http://127.0.0.1:${PORT}/robots.txt`);
    return await tab.evaluate(async (url) => {
      const code = `onmessage = async (e) => {
        try {
          const t0 = performance.now();
          const response = await fetch(e.data, { cache: 'no-store' });
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          let text = '';
          for (let r = await reader.read(); !r.done; r = await reader.read()) text += r.value;
          const t1 = performance.now();
          JSON.parse(text);
          postMessage({ read: t1 - t0, parse: performance.now() - t1 });
        } catch (error) {
          postMessage({ read: NaN, parse: NaN, error: String(error) });
        }
      };`;
      const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
      const result = await new Promise((resolve) => {
        worker.onmessage = (e) => resolve(e.data);
        worker.postMessage(url);
      });
      worker.terminate();
      return result;
    }, `http://127.0.0.1:${PORT}/data/${file}`); // absolute: a blob worker's own URL is no base for a path
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.floor((s.length - 1) / 2)];
};
const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '—');

async function main() {
  const dist = buildOnce();
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const results = new Map(); // `${page}|${k}` → median metrics
  const sizes = [];
  try {
    for (const k of SCALES) {
      const site = siteAt(dist, k);
      sizes.push(`${k}×: ${site.mb.toFixed(1)} MB, ${site.figures} figures`);
      server.state.root = site.dir;
      const floors = [];
      for (let r = 0; r < RUNS; r++) floors.push(await floor(browser, site.file));
      for (const { error } of floors) if (error) console.error(`${k}× floor: ${error}`);
      const f = { read: median(floors.map((x) => x.read)), parse: median(floors.map((x) => x.parse)) };
      results.set(`floor|${k}`, f);
      console.error(`${k}× floor: read ${fmt(f.read)} ms, JSON.parse ${fmt(f.parse)} ms`);
      for (const page of PAGES) {
        const runs = [];
        for (let r = 0; r < RUNS; r++)
          runs.push(await measure(browser, `http://127.0.0.1:${PORT}${page.path}`, page));
        const ok = runs.filter((x) => !x.failed);
        const m = Object.fromEntries(
          ['ready', 'longTasks', 'longestTask', 'interaction', 'nodes', 'heap', 'sideways', 'tallest'].map(
            (key) => [key, median(ok.map((x) => x[key]))],
          ),
        );
        m.failed = runs.find((x) => x.failed)?.failed;
        results.set(`${page.name}|${k}`, m);
        console.error(
          `${k}× ${page.name}: ready ${fmt(m.ready)} ms, long tasks ${fmt(m.longTasks)} ms, interaction ${fmt(m.interaction)} ms, ${fmt(m.nodes)} nodes, ${fmt(m.heap, 1)} MB${m.failed ? ` (${ok.length}/${RUNS} ok: ${m.failed})` : ''}`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  print(results, sizes);
}

function print(results, sizes) {
  const lo = SCALES[0];
  const hi = SCALES.at(-1);
  const across = (name, key, digits = 0) =>
    SCALES.map((k) => fmt(results.get(`${name}|${k}`)?.[key], digits)).join(' · ');
  const ratio = (name, key) => {
    const a = results.get(`${name}|${lo}`)?.[key];
    const b = results.get(`${name}|${hi}`)?.[key];
    return Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${(b / a).toFixed(1)}` : '—';
  };
  const scales = SCALES.map((k) => `${k}×`).join(' · ');
  console.log(`\nChromium, median of ${RUNS}; synthetic snapshots ${sizes.join('; ')}`);
  console.log(`Each cell: ${scales}; ratio: ${hi}× ÷ ${lo}×.`);
  const floors = SCALES.map((k) => results.get(`floor|${k}`))
    .map((f) => `${fmt(f.read + f.parse)} (${fmt(f.read)} + ${fmt(f.parse)})`)
    .join(' · ');
  console.log(
    `Floor, ms, no app code: a blank page's worker reads the snapshot and parses it (read + JSON.parse): ${floors}.\n`,
  );
  console.log(
    `| page | ready ms | ratio | long tasks ms | longest task ms | interaction ms | ratio | DOM nodes | JS heap MB | sideways px | tallest chart, screens |\n|---|---|---|---|---|---|---|---|---|---|---|`,
  );
  for (const { name } of PAGES) {
    const failed = SCALES.map((k) => results.get(`${name}|${k}`)?.failed).find(Boolean);
    console.log(
      `| ${name} | ${across(name, 'ready')} | ${ratio(name, 'ready')} | ${across(name, 'longTasks')} | ${across(name, 'longestTask')} | ${across(name, 'interaction')} | ${ratio(name, 'interaction')} | ${across(name, 'nodes')} | ${across(name, 'heap', 1)} | ${across(name, 'sideways')} | ${across(name, 'tallest', 1)} |${failed ? ` ${failed}` : ''}`,
    );
  }
}

await main();

/**
 * Offline (README, "Offline"): after one visit the service worker has the whole site, so every page, the deck
 * and an embed open and draw their charts with the network cut; its cache holds nothing from another origin;
 * a new build brings the update prompt. Under a sub-path, as the worker's scope and fallback depend on it.
 * The one test file that lets service workers run (test/e2e/browser.ts blocks them elsewhere).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTestContext, sharedBrowser, type Page, appReady } from './browser';
import { build, servePreview } from './preview-server';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 2;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BASE = '/mic/';
const browser = sharedBrowser();
let scratch = '';
let outDir = '';
let stop: (() => void) | undefined;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'mic-offline-'));
  outDir = join(scratch, 'dist');
  build(outDir, BASE);
  stop = await servePreview(outDir, PORT, BASE);
});
afterAll(() => {
  stop?.();
  rmSync(scratch, { recursive: true, force: true });
});

/** The same sources built again with one shipped file changed: a new deploy. */
function buildChanged() {
  const publicDir = join(scratch, 'public');
  cpSync('public', publicDir, { recursive: true });
  appendFileSync(join(publicDir, 'embed.js'), '\n// second build\n');
  const script = `import { build } from 'vite';
await build({ logLevel: 'warn', publicDir: ${JSON.stringify(publicDir)}, build: { outDir: ${JSON.stringify(outDir)} } });`;
  execFileSync('node', ['--input-type=module', '-e', script], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', BASE_PATH: BASE },
  });
}

/** Whether React has taken over the page (a pre-rendered page shows its charts without any script). */
const appRuns = (page: Page) =>
  page.evaluate(() =>
    Object.keys(document.getElementById('root') ?? {}).some((k) => k.startsWith('__react')),
  );

const PAGES: readonly (readonly [string, string])[] = [
  ['', 'figure, .overview, h1'],
  ['growth', '#root figure svg'],
  ['sectors', '#root figure svg'],
  ['subclusters', '#root figure svg'],
  ['regions?map=geo', 'path.regions-outline'],
  ['timeline', '#root figure svg'],
  ['framework', '#root figure'],
  ['sources', '#main table'],
  ['ru/sectors', '#root figure svg'],
  ['present', '#root figure'],
  ['embed/regions', '#root figure svg'],
  ['no-such-page', 'h1'],
];

describe('offline', () => {
  it('opens every page, the deck and an embed with the network cut after one visit; a new build prompts', async () => {
    const context = await newTestContext(browser(), { serviceWorkers: 'allow', locale: 'en-US' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      // Chromium logs a failed fetch of an uncached file as an error: there should be none.
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('requestfailed', (r) => {
      // A lazy chunk still loading when the test moves to the next page is cancelled, not failed.
      const error = r.failure()?.errorText ?? '';
      if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${r.url()} (${error})`);
    });

    await page.goto(`${ORIGIN}${BASE}`);
    // The HTML links no manifest (it would hold up the first paint); the app links it, and it is the build's.
    const html = await (await page.request.get(`${ORIGIN}${BASE}growth`)).text();
    expect(html).not.toContain('rel="manifest"');
    await page.getByText('Available offline').waitFor({ timeout: 60_000 });
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? '';
      return { href, name: href ? ((await (await fetch(href)).json()) as { name: string }).name : '' };
    });
    expect(manifest).toEqual({
      href: `${ORIGIN}${BASE}manifest.webmanifest`,
      name: 'Moscow Innovation Cluster dashboard',
    });

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    expect(cached.filter((u) => !u.startsWith(`${ORIGIN}${BASE}`))).toEqual([]);
    for (const file of ['index.html', 'ru/growth.html', 'embed/regions.html', 'present.html'])
      expect(cached.some((u) => u.startsWith(`${ORIGIN}${BASE}${file}`))).toBe(true);
    for (const file of ['data/index.json', 'data/mic-2021.json', 'data/geo/russia-outline.json'])
      expect(cached.some((u) => u.startsWith(`${ORIGIN}${BASE}${file}`))).toBe(true);
    expect(cached.some((u) => /\/assets\/regions-route-[\w-]+\.js/.test(u))).toBe(true);
    expect(cached.some((u) => /\/assets\/inter-cyrillic-wght-normal-[\w-]+\.woff2/.test(u))).toBe(true);

    await context.setOffline(true);
    for (const [path, drawn] of PAGES) {
      const response = await page.goto(`${ORIGIN}${BASE}${path}`);
      expect(response?.ok(), path).toBe(true);
      await page.locator(drawn).first().waitFor({ timeout: 15_000 });
      await expect.poll(() => appRuns(page), { message: path }).toBe(true);
      if (path === 'regions?map=geo') {
        const outline = await page.locator('path.regions-outline').getAttribute('d');
        expect(outline?.length ?? 0).toBeGreaterThan(1000);
      }
    }
    // The deck is the app, not only its HTML: the next slide comes up.
    await page.goto(`${ORIGIN}${BASE}present`);
    await appReady(page);
    await page.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => page.url()).toContain('slide=2');
    await page.goto(`${ORIGIN}${BASE}growth`);
    await page.getByText('Available offline').waitFor();
    expect(problems).toEqual([]);

    await context.setOffline(false);
    buildChanged();
    await page.reload();
    const update = page.getByRole('button', { name: 'Update available: reload' });
    await update.waitFor({ timeout: 60_000 });
    expect(await page.getByRole('status').filter({ has: update }).count()).toBe(1);
    await update.focus();
    const reloaded = page.waitForEvent('load');
    await page.keyboard.press('Enter');
    await reloaded;
    await page.getByText('Available offline').waitFor({ timeout: 30_000 });
    // The new build is in charge and asks nothing more: no prompt, no second reload.
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    await page.waitForTimeout(3_000);
    expect(loads).toEqual([]);
    expect(await update.count()).toBe(0);
    expect(await page.evaluate(async () => (await fetch('embed.js')).text())).toContain('second build');
    expect(problems).toEqual([]);
  });
});

/** The README's sub-path build (`BASE_PATH=/mic/ npm run build`) works when served from /mic/. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser, appReady } from './browser';
import { build, servePreview } from './preview-server';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 17;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const browser = sharedBrowser();
let outDir = '';
let stop: (() => void) | undefined;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'mic-subpath-'));
  build(outDir, '/mic/');
  stop = await servePreview(outDir, PORT, '/mic/');
});
afterAll(() => {
  stop?.();
  rmSync(outDir, { recursive: true, force: true });
});

/** Opens a path and lists every failed response, error and request outside /mic/ on this origin. */
async function visit(path: string) {
  const page = await browser().newPage();
  const problems: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(`${ORIGIN}/mic/`) && !r.url().startsWith('data:'))
      problems.push(`outside: ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  await appReady(page);
  return { page, problems };
}

describe('a build for a sub-path', () => {
  it('serves every view, its data and the map outline from /mic/, with links that stay under it', async () => {
    for (const [path, heading] of [
      ['/mic/', 'The Moscow Innovation Cluster at a glance'],
      ['/mic/growth', 'Growth'],
      ['/mic/regions?map=geo', 'Regions'],
      ['/mic/sources', 'Sources and figures'],
      ['/mic/no-such-page', 'Page not found'],
    ] as const) {
      const { page, problems } = await visit(path);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      const hrefs = await page.evaluate(() =>
        [...document.querySelectorAll('nav a[href]')].map((a) => a.getAttribute('href') ?? ''),
      );
      expect(hrefs.length).toBeGreaterThan(5);
      expect(hrefs.filter((h) => !h.startsWith('/mic/'))).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('gives embed code that points at /mic/embed/… and /mic/embed.js, and the embed renders', async () => {
    const { page, problems } = await visit('/mic/sectors');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const snippet = await page.evaluate(() => navigator.clipboard.readText());
    expect(snippet).toContain(`src="${ORIGIN}/mic/embed/sectors`);
    expect(snippet).toContain(`<script src="${ORIGIN}/mic/embed.js" async></script>`);
    await page.goto(`${ORIGIN}/mic/embed/sectors`, { waitUntil: 'networkidle' });
    await page.locator('main figure').first().waitFor();
    expect(await page.getByRole('link', { name: /Open in the full dashboard/ }).getAttribute('href')).toBe(
      '/mic/sectors',
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});

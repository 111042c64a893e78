/**
 * How a page reads its data: the starter asks for the catalogue ahead of the app's modules (index.html; asked
 * for by the data worker, it waited behind them), and the catalogue and the default snapshot are each read once,
 * the worker taking the starter's text rather than reading the file again.
 */
import { describe, expect, it } from 'vitest';
import { BASE_URL, appReady, newTestContext, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('the data requests of a page', () => {
  for (const path of ['/growth', '/ru/sources']) {
    it(`${path}: the catalogue is asked for before the app's modules, and it and the default snapshot once each`, async () => {
      const context = await newTestContext(browser(), { viewport: { width: 1280, height: 900 } });
      const requested: string[] = [];
      context.on('request', (request) => requested.push(new URL(request.url()).pathname));
      const page = await context.newPage();
      await page.goto(`${BASE_URL}${path}`);
      await appReady(page);
      await expect.poll(() => page.locator('main h1').count()).toBe(1);
      const catalogue = requested.indexOf('/data/index.json');
      const firstModule = requested.findIndex((p) => /^\/assets\/(?!data\.worker).*\.js$/.test(p));
      expect(catalogue, requested.join('\n')).toBeGreaterThanOrEqual(0);
      expect(firstModule).toBeGreaterThan(catalogue);
      expect(requested.filter((p) => p === '/data/index.json')).toHaveLength(1);
      expect(requested.filter((p) => p === '/data/mic-2021.json')).toHaveLength(1);
      await context.close();
    });
  }
});

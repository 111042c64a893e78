/**
 * The first paint does not shift: the app's font is preloaded and the first render waits for it, and the main
 * area reserves the viewport, so nothing moves as fonts, data and views arrive. Measured as Chromium's
 * cumulative layout shift (the Web Vitals metric) from navigation until the page is ready. The font files fetched
 * are the cut-down faces (scripts/build-used-fonts.mjs), never the whole ones behind them.
 */
import { describe, expect, it } from 'vitest';
import { BASE_URL, sharedBrowser } from './browser';

const ROUTES = [
  '/',
  '/growth',
  '/sectors',
  '/subclusters',
  '/regions',
  '/timeline',
  '/framework',
  '/sources',
  '/ru/growth',
];
const CLS_LIMIT = 0.02;

const browser = sharedBrowser();

describe('layout shift while a page loads', () => {
  for (const width of [390, 1280]) {
    it(`stays under ${CLS_LIMIT} on every route at ${width} px, and text is drawn in the cut-down faces of the app's font`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 900 } });
      try {
        await context.addInitScript(() => {
          const w = window as unknown as { __cls: number };
          w.__cls = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>)
              if (!e.hadRecentInput) w.__cls += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const page = await context.newPage();
        const results: string[] = [];
        for (const route of ROUTES) {
          await page.goto(`${BASE_URL}${route}`, { waitUntil: 'networkidle' });
          await page.waitForFunction(() => !document.querySelector('.status--loading'));
          const { cls, fonts } = await page.evaluate(async () => {
            await new Promise((r) => setTimeout(r, 300));
            return {
              cls: (window as unknown as { __cls: number }).__cls,
              fonts: performance
                .getEntriesByType('resource')
                .map((e) => e.name.replace(/^.*\/assets\//, ''))
                .filter((name) => name.endsWith('.woff2')),
            };
          });
          const drawn = ['latin', 'cyrillic'].every((face) =>
            fonts.some((f) => f.startsWith(`inter-used-${face}-wght-normal-`)),
          );
          const whole = fonts.filter((f) => !f.startsWith('inter-used-'));
          if (cls > CLS_LIMIT || !drawn || whole.length > 0)
            results.push(`${route}: CLS ${cls.toFixed(4)}, fonts fetched ${fonts.join(', ')}`);
        }
        expect(results, results.join('\n')).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

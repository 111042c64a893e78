/**
 * The first paint does not shift: the app's font is preloaded and the first render waits for it, and the main
 * area reserves the viewport, so nothing moves as fonts, data and views arrive. Measured as Chromium's
 * cumulative layout shift (the Web Vitals metric) from navigation until the page is ready. The font files fetched
 * are the cut-down faces (scripts/build-used-fonts.mjs), never the whole ones behind them.
 */
import { describe, expect, it } from 'vitest';
import { BASE_URL, sharedBrowser, appReady, type Page } from './browser';

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
  '/embed/growth/chart',
  '/embed/sectors',
  // Pages that show cards, or one chart's head, before the app has them.
  '/embed/regions',
  '/embed/regions/services',
  // Embeds that show whole before the app has them: every chart in them is fluid.
  '/embed/regions/agreements',
  '/embed/framework/comparison',
  '/embed/sectors/light',
];
const CLS_LIMIT = 0.02;
/** The bound on a chart's height, in window heights; a taller chart scrolls inside its frame. */
const TALLEST_CHART = 3;

const browser = sharedBrowser();

describe('layout shift while a page loads', () => {
  for (const width of [390, 1280]) {
    it(`stays under ${CLS_LIMIT} on every route at ${width} px, with no chart over ${TALLEST_CHART} screens tall, and text is drawn in the cut-down faces of the app's font`, async () => {
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
          const { cls, fonts, tallest } = await page.evaluate(
            async (): Promise<{ cls: number; fonts: string[]; tallest: number }> => {
              await new Promise((r) => setTimeout(r, 300));
              return {
                cls: (window as unknown as { __cls: number }).__cls,
                // The drawn chart at any width, and at 1280 px its whole frame too (title, legend, sources):
                // on a phone a frame's sources and notes run on as text does, below a chart of bounded height.
                tallest:
                  Math.max(
                    ...Array.from(
                      document.querySelectorAll(innerWidth >= 1280 ? '.chart-frame' : '.chart-frame__body'),
                      (f) => f.getBoundingClientRect().height,
                    ),
                  ) / window.innerHeight,
                fonts: performance
                  .getEntriesByType('resource')
                  .map((e) => e.name.replace(/^.*\/assets\//, ''))
                  .filter((name) => name.endsWith('.woff2')),
              };
            },
          );
          const drawn = ['latin', 'cyrillic'].every((face) =>
            fonts.some((f) => f.startsWith(`inter-used-${face}-wght-normal-`)),
          );
          const whole = fonts.filter((f) => !f.startsWith('inter-used-'));
          if (cls > CLS_LIMIT || !drawn || whole.length > 0)
            results.push(`${route}: CLS ${cls.toFixed(4)}, fonts fetched ${fonts.join(', ')}`);
          // An embed's iframe grows to its content, which its host page scrolls (charts/chart-frame.tsx): its
          // window is no screen to count in.
          if (tallest > TALLEST_CHART && !route.startsWith('/embed/'))
            results.push(`${route}: a chart ${tallest.toFixed(1)} screens tall`);
        }
        expect(results, results.join('\n')).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe('what the first paint waits for', () => {
  it('requests no script and no data before the first contentful paint is on screen, on every kind of page', async () => {
    const context = await browser().newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      const early: string[] = [];
      for (const route of [
        '/',
        '/growth',
        '/ru/sources',
        '/present',
        '/embed/growth/chart',
        '/embed/regions/services',
      ]) {
        await page.goto(`${BASE_URL}${route}`, { waitUntil: 'networkidle' });
        // On a busy machine the paint may be reported after the network is idle (a page is laid out once its
        // faces have loaded): wait for it, then compare every request with it.
        await page
          .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
            timeout: 5000,
          })
          .catch(() => undefined);
        const { fcp, requests } = await page.evaluate(() => ({
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
          requests: performance
            .getEntriesByType('resource')
            .filter((e) => /\.(m?js|json)(\?|$)/.test(e.name))
            .map((e) => ({ name: e.name.replace(/^.*\//, ''), start: e.startTime })),
        }));
        expect(fcp, `${route}: a first contentful paint`).toBeGreaterThan(0);
        expect(requests.length, `${route}: the app's scripts were requested`).toBeGreaterThan(0);
        for (const r of requests)
          if (r.start < fcp)
            early.push(`${route}: ${r.name} at ${r.start.toFixed(0)} ms, painted at ${fcp.toFixed(0)}`);
      }
      expect(early, early.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
  // An embed of one chart with options (which may change the chart) shows nothing until the app draws it: waiting
  // for a contentful paint held the app back until the 3 s fallback. An embed of one chart at its bare address
  // shows that chart's title at once, wherever the view nests the chart (the regions' cards first painted at 3.5 s).
  // A page with content starts at its contentful paint, or, on a busy machine that reports the paint late, 250 ms
  // after the frame that drew it (the test above checks nothing is asked for before that paint).
  it('starts the app at its first contentful paint, or soon after its first frame when that shows nothing', async () => {
    const context = await browser().newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      const expected: Record<string, string[]> = {
        '/growth': ['fcp', 'frame'],
        '/embed/regions/services': ['fcp', 'frame'],
        '/embed/growth/chart?title=0': ['frame'],
      };
      const wrong: string[] = [];
      for (const [route, reasons] of Object.entries(expected)) {
        await page.goto(`${BASE_URL}${route}`);
        await appReady(page);
        const reason = await page.evaluate(() => (window as unknown as { micStart?: string }).micStart);
        if (!reasons.includes(reason ?? '')) wrong.push(`${route}: started at ${reason}`);
      }
      expect(wrong).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the first chart before the app has the page', () => {
  it("shows its title at once at the bare address, but not when a query may change it (an embed's title=0)", async () => {
    const context = await browser().newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      // The app's code never arrives: what shows is the page as first painted.
      await page.route(/\/assets\/[^/]*\.js$/, (route) => route.abort());
      const titleVisible = () =>
        page.evaluate(() => {
          const title = document.querySelector('.chart-frame__title');
          return !!title && getComputedStyle(title).visibility === 'visible';
        });
      await page.goto(`${BASE_URL}/embed/growth/chart`, { waitUntil: 'load' });
      expect(await titleVisible()).toBe(true);
      await page.goto(`${BASE_URL}/embed/growth/chart?title=0`, { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.classList.contains('app-pending'))).toBe(
        true,
      );
      expect(await titleVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('shows an embed whose every chart is as tall at every width whole, with its sources, before the app', async () => {
    const context = await browser().newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      await page.route(/\/assets\/[^/]*\.js$/, (route) => route.abort());
      // The page is laid out once its faces have loaded (index.html), which may be after its load event.
      const shown = async (selector: string) => {
        await page.waitForFunction(() => !document.documentElement.classList.contains('fonts-pending'));
        return page.evaluate(
          (s) =>
            Array.from(document.querySelectorAll(s), (el) => {
              const box = el.getBoundingClientRect();
              return getComputedStyle(el).visibility === 'visible' && box.height > 0;
            }),
          selector,
        );
      };
      // Cards, a list and text: all of it, the sources under the chart included.
      await page.goto(`${BASE_URL}/embed/regions/agreements`, { waitUntil: 'load' });
      expect(await shown('.regions-agreement__source')).toEqual([true, true, true]);
      expect(await shown('.chart-frame__footer')).toEqual([true]);
      // A strip drawn at the window's width but always as tall: its place is kept, hidden, and the note under it shows.
      await page.goto(`${BASE_URL}/embed/sectors/light`, { waitUntil: 'load' });
      expect(await shown('.sectors-light__note')).toEqual([true]);
      expect(
        await page.evaluate(() => {
          const strip = document.querySelector('.sectors-months')!;
          return [getComputedStyle(strip).visibility, Math.round(strip.getBoundingClientRect().height)];
        }),
      ).toEqual(['hidden', 58]);
      // The same list under the map, whose height waits for the window's width, waits for the app.
      await page.goto(`${BASE_URL}/embed/regions`, { waitUntil: 'load' });
      expect(await shown('.regions-agreement__source')).toEqual([false, false, false]);
    } finally {
      await context.close();
    }
  });

  // A sized chart (src/charts/pending-heights.ts): the build writes its height at every width into the page, so the
  // frame keeps the height the app will draw at, and its legend and sources show at once and stay where they are.
  it('reserves a sized chart its height at the window width, so what is under it shows at once and never moves', async () => {
    const where = (page: Page) =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('.chart-frame--sized'), (frame) => {
          const top = (selector: string) => frame.querySelector(selector)?.getBoundingClientRect().top;
          const legend = frame.querySelector('.chart-frame__legend')!;
          return {
            frame: frame.id,
            box: Math.round(frame.querySelector('[data-sized]')!.getBoundingClientRect().height),
            legend: top('.chart-frame__legend'),
            footer: top('.chart-frame__footer'),
            shown: getComputedStyle(legend).visibility === 'visible',
          };
        }),
      );
    const moved: string[] = [];
    for (const width of [360, 1280]) {
      const context = await browser().newContext({ viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        for (const route of ['/embed/growth/chart', '/ru/embed/sectors', '/present', '/ru/subclusters']) {
          await page.route(/\/assets\/[^/]*\.js$/, (r) => r.abort());
          await page.goto(`${BASE_URL}${route}`, { waitUntil: 'load' });
          await page.waitForFunction(() => !document.documentElement.classList.contains('fonts-pending'));
          expect(await page.evaluate(() => document.documentElement.classList.contains('app-pending'))).toBe(
            true,
          );
          const before = await where(page);
          await page.unroute(/\/assets\/[^/]*\.js$/);
          await page.goto(`${BASE_URL}${route}`);
          await appReady(page);
          await page.waitForFunction(() => !document.documentElement.classList.contains('app-pending'));
          const after = await where(page);
          expect(before.length, route).toBeGreaterThan(0);
          for (const [i, b] of before.entries()) {
            if (!b.shown) moved.push(`${width} ${route} #${b.frame}: its legend is hidden before the app`);
            if (JSON.stringify(b) !== JSON.stringify(after[i]))
              moved.push(`${width} ${route}: before ${JSON.stringify(b)}, after ${JSON.stringify(after[i])}`);
          }
        }
      } finally {
        await context.close();
      }
    }
    expect(moved, moved.join('\n')).toEqual([]);
  });

  it('keeps the marks it will draw again out of the layout until the page shows, then draws them', async () => {
    const context = await browser().newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      const marks = () =>
        page.evaluate(() =>
          Array.from(document.querySelectorAll('.chart-frame__body svg:not(.qualifier-swatch)'), (svg) => ({
            display: getComputedStyle(svg).display,
            height: Math.round(svg.getBoundingClientRect().height),
          })),
        );
      await page.route(/\/assets\/[^/]*\.js$/, (route) => route.abort());
      await page.goto(`${BASE_URL}/regions`, { waitUntil: 'load' });
      const pending = await marks();
      expect(pending.length).toBeGreaterThan(0);
      expect(pending.every((m) => m.display === 'none' && m.height === 0)).toBe(true);

      await page.unroute(/\/assets\/[^/]*\.js$/);
      await page.goto(`${BASE_URL}/regions`);
      await appReady(page);
      const shown = await marks();
      expect(shown.length).toBe(pending.length);
      expect(shown.every((m) => m.display !== 'none' && m.height > 100)).toBe(true);
    } finally {
      await context.close();
    }
  });
});

describe('a page before its main style sheet', () => {
  it('is kept out of layout until the sheet arrives, and shown anyway if the sheet never does', async () => {
    const context = await browser().newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/index-[^/]*\.css$/, async (route) => {
        await held;
        await route.continue();
      });
      const loading = page.goto(`${BASE_URL}/sectors`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.readyState !== 'loading');
      const rootDisplay = () =>
        page.evaluate(() => getComputedStyle(document.getElementById('root')!).display);
      expect(await rootDisplay()).toBe('none');
      release();
      await loading;
      // Once its faces have loaded too (they may arrive after the load event).
      await page.waitForFunction(() => !document.documentElement.classList.contains('fonts-pending'));
      expect(await rootDisplay()).toBe('block');

      await page.unroute(/\/assets\/index-[^/]*\.css$/);
      await page.route(/\/assets\/index-[^/]*\.css$/, (route) => route.abort());
      await page.goto(`${BASE_URL}/sectors`, { waitUntil: 'load' });
      await page.waitForFunction(
        () => getComputedStyle(document.getElementById('root')!).display !== 'none',
        null,
        {
          timeout: 6000,
        },
      );
      await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    } finally {
      await context.close();
    }
  });
});

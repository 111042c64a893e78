/** Share, embed, present, print and cite, for every view, in the built app. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BASE_URL, newTestContext, openPage, sharedBrowser, appReady } from './browser';

const VIEWS = ['growth', 'sectors', 'subclusters', 'regions', 'timeline', 'framework'] as const;
/** One non-default option per view, so the round trip proves more than the defaults. */
const OPTION: Record<(typeof VIEWS)[number], string> = {
  growth: 'scale=log',
  sectors: 'measure=count',
  subclusters: 'sort=projects',
  regions: 'map=geo',
  timeline: 'cats=covid',
  framework: 'feature=5',
};

const browser = sharedBrowser();

const mainText = (page: Page) =>
  page.evaluate(() => (document.querySelector('main')?.innerText ?? '').replace(/\s+/g, ' ').trim());

describe('copy link reopens the same view', () => {
  for (const view of VIEWS) {
    it(`/${view}`, async () => {
      const { page, problems, close } = await openPage(
        browser(),
        `/${view}?${OPTION[view]}&tab=table&lang=ru`,
      );
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
      await page.locator('main h1').first().waitFor();
      await page.locator('main table').first().waitFor();
      await page.getByRole('button', { name: 'Копировать ссылку' }).click();
      await page.getByText('Ссылка скопирована').waitFor();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toContain(OPTION[view]);
      expect(link).toContain('tab=table');
      expect(link).toContain('lang=ru');
      const before = (await mainText(page)).replace(/ ?Ссылка скопирована[^.]*\./, '');
      const second = await openPage(browser(), link.replace(BASE_URL, ''));
      await second.page.locator('main table').first().waitFor();
      expect(await mainText(second.page)).toBe(before);
      expect([...problems, ...second.problems]).toEqual([]);
      await second.close();
      await close();
    });
  }
});

describe('embeds', () => {
  it('render without the site navigation, with sources and a link back, loading no other view', async () => {
    for (const view of VIEWS) {
      const { page, problems, close } = await openPage(browser(), `/embed/${view}?${OPTION[view]}`);
      await page.locator('main h1').first().waitFor();
      // Every script the page asked for since it opened (openPage waits until the network is idle).
      const scripts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((url) => new URL(url).pathname.endsWith('.js')),
      );
      expect(scripts.some((s) => s.includes(`/${view}-route-`))).toBe(true);
      expect(await page.getByRole('navigation').count()).toBe(0);
      expect(await page.getByRole('link', { name: /Open in the full dashboard/ }).getAttribute('href')).toBe(
        `/${view}?${OPTION[view]}`,
      );
      const others = VIEWS.filter((v) => v !== view);
      expect(scripts.filter((s) => others.some((o) => s.includes(`/${o}-route-`)))).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    }
  });

  it('hide the title and controls on request', async () => {
    const { page, close } = await openPage(browser(), '/embed/sectors?title=0&controls=0');
    await page.locator('main figure').first().waitFor();
    expect(await page.locator('.view__head > .visually-hidden h1').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Table' }).isVisible()).toBe(false);
    await close();
  });

  it('size themselves on a host page through /embed.js', async () => {
    const size = Number((await (await fetch(`${BASE_URL}/embed.js`)).arrayBuffer()).byteLength);
    expect(size).toBeLessThan(5 * 1024);
    await expectSizedHost('<script src="' + BASE_URL + '/embed.js"></script>');
  });

  // While a pre-rendered embed waits for the app its charts are out of the layout: a height posted then would
  // shrink the host's frame before it grows to the chart's.
  it('post their height only once their charts are drawn, so the host frame does not shrink and grow', async () => {
    const context = await newTestContext(browser(), { viewport: { width: 1200, height: 900 } });
    try {
      const page = await context.newPage();
      await page.setContent(`<!doctype html><html><body style="margin:0">
        <script>window.heights = []; addEventListener('message', (e) => {
          if (e.data && e.data.type === 'mic-dashboard:height') heights.push(e.data.height);
        });</script>
        <div style="width:420px"><iframe src="${BASE_URL}/embed/growth" style="width:100%;border:0" height="150"></iframe></div>
        </body></html>`);
      await expect.poll(() => page.frame({ url: /\/embed\/growth/ }), { timeout: 30000 }).toBeTruthy();
      const frame = page.frame({ url: /\/embed\/growth/ })!;
      await appReady(frame);
      await page.waitForTimeout(500);
      const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      const drawn = await frame.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      expect(heights.length).toBeGreaterThan(0);
      // The first height is the drawn page's (the collapsed one was 9 % short); a late font may still move it
      // by a line or so, which the next message reports.
      const report = `heights posted ${heights.join(', ')}; drawn ${drawn}`;
      expect(Math.abs(heights[0]! - drawn), report).toBeLessThanOrEqual(drawn * 0.02);
      expect(Math.abs(heights.at(-1)! - drawn), report).toBeLessThanOrEqual(2);
    } finally {
      await context.close();
    }
  });

  it('size themselves when /embed.js is added after the embeds have rendered', async () => {
    await expectSizedHost('', async (page) => {
      // Messages from a host page are untrusted input: garbage is ignored, and sizing still works after it.
      await page.evaluate(() => {
        for (const frame of document.querySelectorAll('iframe'))
          for (const message of [
            null,
            'x',
            42,
            { type: 7 },
            { type: 'mic-dashboard:height', height: 'tall' },
          ])
            frame.contentWindow?.postMessage(message, '*');
      });
      await page.addScriptTag({ url: `${BASE_URL}/embed.js` });
    });
  });
});

/**
 * A host page with two embeds at different widths, the second below the fold, whose iframes must end at
 * their content's height.
 */
async function expectSizedHost(script: string, afterRender?: (page: Page) => Promise<void>) {
  const context = await newTestContext(browser(), { viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html><body style="margin:0">
      <div style="width:420px"><iframe id="a" src="${BASE_URL}/embed/sectors" data-mic-embed style="width:100%;border:0" height="150"></iframe></div>
      <div style="height:1500px"><!-- the second embed starts below the fold, where browsers stop rendering it --></div>
      <div style="width:900px"><iframe id="b" src="${BASE_URL}/embed/growth" data-mic-embed style="width:100%;border:0" height="150"></iframe></div>
      ${script}</body></html>`);
  const frames = { a: /\/embed\/sectors/, b: /\/embed\/growth/ };
  for (const url of Object.values(frames)) {
    await expect.poll(() => page.frame({ url }), { timeout: 30000 }).toBeTruthy();
    await page.frame({ url })!.locator('main figure').first().waitFor({ timeout: 30000 });
  }
  await afterRender?.(page);
  for (const [id, url] of Object.entries(frames)) {
    const frame = page.frame({ url })!;
    // Layout settles over a few frames (fonts, scrollbars, chart sizing), so poll until
    // the host's iframe and the embed's content agree.
    await expect
      .poll(
        async () => {
          const content = await frame.evaluate(() =>
            Math.ceil(document.documentElement.getBoundingClientRect().height),
          );
          const outer = await page.evaluate(
            (frameId) => document.getElementById(frameId)!.getBoundingClientRect().height,
            id,
          );
          return outer > 300 && Math.abs(outer - content) <= 2;
        },
        { timeout: 45000, interval: 250 },
      )
      .toBe(true);
  }
  await context.close();
}

describe('present', () => {
  it('moves with the keyboard, deep-links slides, toggles notes and leaves with Esc', async () => {
    const { page, problems, close } = await openPage(
      browser(),
      '/present?views=growth,sectors,regions&slide=2',
    );
    await page.getByText('Slide 2 of 3').waitFor();
    await page.locator('main h1', { hasText: 'Sectors' }).waitFor();
    await page.getByRole('heading', { name: 'Talking points' }).waitFor();
    expect(await page.locator('.deck__notes').innerText()).toContain('48%');
    await page.keyboard.press('ArrowRight');
    await page.getByText('Slide 3 of 3').waitFor();
    expect(page.url()).toContain('slide=3');
    await page.keyboard.press('n');
    await page.getByRole('heading', { name: 'Talking points' }).waitFor({ state: 'detached' });
    await page.keyboard.press('ArrowLeft');
    await page.getByText('Slide 2 of 3').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/sectors/);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('print', () => {
  it('prints a view without navigation, with its charts, tables and sources', async () => {
    const { page, close } = await openPage(browser(), '/sectors');
    await page.locator('main figure').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.locator('main table').first().waitFor();
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('main figure').count()).toBeGreaterThan(0);
    expect(await page.locator('.chart-source').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await close();
  });
});

describe('print a deck', () => {
  it('lays out every slide, one per page, at the moment the browser prints', async () => {
    const { page, problems, close } = await openPage(
      browser(),
      '/present?views=growth,sectors,regions,framework',
    );
    await page.locator('main h1', { hasText: 'Growth' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The browser lays the page out for paper right after `beforeprint` returns, so what is in the DOM
    // then is what gets printed: no slide may still be loading.
    const printed = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      return [...document.querySelectorAll('.deck__print-slide')].map((slide) => ({
        title: slide.querySelector('h1')?.textContent ?? '',
        loading: slide.querySelectorAll('.status--loading').length,
      }));
    });
    expect(printed).toHaveLength(4);
    expect(printed.map((s) => s.loading)).toEqual([0, 0, 0, 0]);
    expect(printed.map((s) => s.title)).toEqual(['Growth', 'Sectors', 'Regions', 'Framework']);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('cite', () => {
  it('gives APA, GOST and BibTeX with the snapshot and access date', async () => {
    for (const path of ['/sources', '/regions']) {
      const { page, close } = await openPage(browser(), path);
      await page.getByRole('button', { name: 'Cite this' }).click();
      const apa = await page.locator('pre[data-style="apa"]').innerText();
      expect(apa).toContain('Kutsenko, E.');
      expect(apa).toContain('snapshot mic-2021');
      expect(await page.locator('pre[data-style="gost"]').innerText()).toContain('дата обращения');
      expect(await page.locator('pre[data-style="bibtex"]').innerText()).toMatch(/^@misc\{/);
      await close();
    }
  });
});

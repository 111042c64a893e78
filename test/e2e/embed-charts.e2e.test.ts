/** `/embed/<view>/<chart>`: every chart of every view alone in an iframe, sized by /embed.js to fit it. */
import { describe, expect, it } from 'vitest';
import { BASE_URL, newTestContext, openPage, sharedBrowser } from './browser';
import { EMBED_CHARTS, frameIdOf } from '../../src/lib/embed-charts';
import { VIEW_IDS } from '../../src/lib/paths';

const browser = sharedBrowser();
const EMBEDS = VIEW_IDS.flatMap((view) => EMBED_CHARTS[view].map((chart) => ({ view, chart })));
/** The shipped snapshot does not say which sub-cluster names which field, so that chart is not drawn. */
const NOT_DRAWN = new Set(['subclusters/full']);

describe('one chart per embed', () => {
  it('every chart has an embed showing that chart alone, its iframe within 24 px of it', async () => {
    const context = await newTestContext(browser(), { viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html><body style="margin:0">
      ${EMBEDS.map(
        ({ view, chart }) =>
          `<div style="width:420px"><iframe id="${view}-${chart}" src="${BASE_URL}/embed/${view}/${chart}" data-mic-embed style="width:100%;border:0" height="150"></iframe></div>`,
      ).join('\n')}
      <script src="${BASE_URL}/embed.js"></script></body></html>`);
    for (const { view, chart } of EMBEDS) {
      const url = new RegExp(`/embed/${view}/${chart}$`);
      await expect.poll(() => page.frame({ url }), { timeout: 30000 }).toBeTruthy();
      const frame = page.frame({ url })!;
      if (NOT_DRAWN.has(`${view}/${chart}`)) {
        await frame.getByRole('heading', { name: 'Not drawn for this snapshot' }).waitFor({ timeout: 30000 });
        expect(await frame.locator('.chart-frame').count()).toBe(0);
        continue;
      }
      await frame.locator('.chart-frame').first().waitFor({ timeout: 30000 });
      // Exactly this chart's frame is drawn and shown.
      expect(await frame.locator('.chart-frame').evaluateAll((els) => els.map((e) => e.id))).toEqual([
        frameIdOf(view, chart),
      ]);
      await expect
        .poll(
          async () => {
            const { content, chartBottom } = await frame.evaluate(() => ({
              content: Math.ceil(document.documentElement.getBoundingClientRect().height),
              chartBottom: document.querySelector('.chart-frame')!.getBoundingClientRect().bottom,
            }));
            const outer = await page.evaluate(
              (id) => document.getElementById(id)!.getBoundingClientRect().height,
              `${view}-${chart}`,
            );
            // The iframe ends at the embed's content, and the content is the chart (with the footer link).
            return Math.abs(outer - content) <= 24 && content - chartBottom <= 80;
          },
          { timeout: 45000, interval: 250, message: `${view}/${chart}` },
        )
        .toBe(true);
    }
    await context.close();
  });

  it('is pre-rendered: with JavaScript off, the page holds that one chart, drawn', async () => {
    const context = await newTestContext(browser(), { javaScriptEnabled: false });
    const page = await context.newPage();
    for (const url of ['/embed/growth/chart', '/ru/embed/regions/map']) {
      await page.goto(`${BASE_URL}${url}`);
      const frames = await page
        .locator('#root figure.chart-frame')
        .evaluateAll((els) => els.map((e) => e.id));
      expect(frames, url).toEqual([url.endsWith('map') ? 'regions-map' : 'growth-chart']);
      expect(await page.locator('#root figure.chart-frame svg').count(), url).toBeGreaterThan(0);
    }
    await context.close();
  });

  it('an unknown chart says so and links the view’s charts', async () => {
    const { page, problems, close } = await openPage(browser(), '/embed/growth/nope?lang=ru');
    await page.getByRole('heading', { name: 'Такого графика нет' }).waitFor();
    expect(await page.getByRole('link', { name: '/embed/growth/chart' }).getAttribute('href')).toBe(
      '/embed/growth/chart?lang=ru',
    );
    expect(problems).toEqual([]);
    await close();
  });

  it('the embed index lists every single chart', async () => {
    const { page, close } = await openPage(browser(), '/embed');
    await page.getByRole('heading', { name: 'Embeddable views' }).waitFor();
    for (const { view, chart } of EMBEDS)
      expect(await page.getByRole('link', { name: `/embed/${view}/${chart}`, exact: true }).count()).toBe(1);
    await close();
  });
});

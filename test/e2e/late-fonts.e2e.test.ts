/**
 * On a slow connection the first render stops waiting for the font after 1.5 s (styles/fonts.ts) and places
 * chart labels by a width estimate. When the font then arrives, the charts are drawn again in its real widths
 * (app/use-late-fonts.ts): the page ends up exactly as it is when the font comes in time.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { normalizeSvg } from '../visual/compare';
import { BASE_URL, newTestContext, sharedBrowser } from './browser';

const browser = sharedBrowser(['--font-render-hinting=none']);
/** A search makes the app render afresh rather than hydrate the pre-rendered page with its measured widths. */
const URL = `${BASE_URL}/growth?lang=en`;

async function open(context: BrowserContext): Promise<Page> {
  // No frozen clock here: Playwright's clock would also hold the timer that ends the wait for the font.
  const page = await context.newPage();
  await page.goto(URL, { waitUntil: 'commit' }); // the load event would wait for the held fonts
  await page.waitForSelector('html[data-app="ready"] main .chart-frame__body svg', { state: 'attached' });
  return page;
}

const chartSvg = async (page: Page) =>
  normalizeSvg(await page.$eval('main .chart-frame__body svg', (svg) => svg.outerHTML));

describe('a font that arrives after the first render', () => {
  it('gets the charts drawn again in its widths, as when it came in time', async () => {
    const onTime = await open(await newTestContext(browser(), { viewport: { width: 1280, height: 900 } }));
    const expected = await chartSvg(onTime);

    const slow = await newTestContext(browser(), { viewport: { width: 1280, height: 900 } });
    // The font files are held until the page has been drawn without them (after its 1.5 s wait).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await slow.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    const late = await open(slow);
    const estimated = await chartSvg(late);
    release();
    // Drawn before the font came, by the estimate, which errs wide…
    expect(estimated).not.toBe(expected);
    // …and again once it has come.
    await expect.poll(() => chartSvg(late), { timeout: 30_000 }).toBe(expected);
  });
});

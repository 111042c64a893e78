/** /framework in Chromium: the three-column comparison and the stacked cards, both languages and themes. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, sharedBrowser } from './browser';

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

const browser = sharedBrowser();

const comparison = (page: Page, name = /Eight features of an urban cluster/) =>
  page.getByRole('figure', { name }).waitFor();
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.top < window.innerHeight;
  });

describe('/framework in the built app', () => {
  it('lays the features out in three columns at 1280px', async () => {
    const { page, problems, close } = await openPage(browser(), '/framework', WIDE);
    await comparison(page);
    expect(await page.locator('article.framework-feature').count()).toBe(8);
    expect(await page.locator('.framework-grid__head').isVisible()).toBe(true);
    const what = await box(page, '#feature-1 .framework-feature__what');
    const why = await box(page, '#feature-1 .framework-feature__why');
    const evidence = await box(page, '#feature-1 .framework-feature__evidence');
    expect(why.x).toBeGreaterThanOrEqual(what.x + what.width);
    expect(evidence.x).toBeGreaterThanOrEqual(why.x + why.width);
    expect(Math.abs(why.y - what.y)).toBeLessThan(12);
    // Eight tiles in one row.
    const tiles = page.getByRole('list', { name: 'Features at a glance' }).getByRole('link');
    expect(await tiles.count()).toBe(8);
    const first = (await tiles.first().boundingBox())!;
    const last = (await tiles.last().boundingBox())!;
    expect(Math.abs(first.y - last.y)).toBeLessThan(2);
    expect(await page.getByText('(Bathelt et al., 2004)').isVisible()).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('stacks the features as cards at 390px, with no overflow down to 320px', async () => {
    const { page, problems, close } = await openPage(browser(), '/framework', PHONE);
    await comparison(page);
    expect(await page.locator('.framework-grid__head').isVisible()).toBe(false);
    const what = await box(page, '#feature-1 .framework-feature__what');
    const why = await box(page, '#feature-1 .framework-feature__why');
    expect(why.y).toBeGreaterThanOrEqual(what.y + what.height);
    expect(Math.abs(why.x - what.x)).toBeLessThan(2);
    expect(await page.locator('#feature-1').getByText('Why', { exact: true }).isVisible()).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    // The wide tables scroll inside their box; the page itself does not.
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('table').first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  });

  for (const viewport of [WIDE, PHONE]) {
    it(`speaks Russian in the dark theme at ${viewport.width}px`, async () => {
      const { page, problems, close } = await openPage(browser(), '/framework?lang=ru&theme=dark', viewport);
      await comparison(page, /Восемь признаков городского кластера/);
      await page.getByRole('heading', { level: 1, name: 'Концепция' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(18, 22, 27)');
      const tiles = page.getByRole('list', { name: 'Признаки кратко' }).getByRole('link');
      expect(await tiles.nth(1).innerText()).toContain('11 связанных показателей');
      expect(await page.getByRole('list', { name: 'Кооперация на микроуровне' }).isVisible()).toBe(true);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('opens ?feature=5 scrolled to a highlighted feature 5, and a tile moves the highlight', async () => {
    const { page, problems, close } = await openPage(browser(), '/framework?feature=5', WIDE);
    await comparison(page);
    await page.locator('#feature-5[aria-current="true"]').waitFor();
    await page.waitForFunction(() => {
      const r = document.getElementById('feature-5')!.getBoundingClientRect();
      return r.top >= -1 && r.top < 200;
    });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: /^3 Transaction costs/ }).click();
    await page.waitForURL(/feature=3/);
    await page.locator('#feature-3[aria-current="true"]').waitFor();
    await page.waitForFunction(() => {
      const r = document.getElementById('feature-3')!.getBoundingClientRect();
      return r.top >= -1 && r.top < 200;
    });
    expect(await inViewport(page, '#feature-3')).toBe(true);
    expect(await page.locator('#feature-5').getAttribute('aria-current')).toBeNull();
    expect(problems).toEqual([]);
    await close();
  });

  it('says when ?feature= names no feature', async () => {
    const { page, close } = await openPage(browser(), '/framework?feature=9', PHONE);
    await page.getByText('?feature=9: not recognised', { exact: false }).waitFor();
    expect(await page.locator('[aria-current="true"].framework-feature').count()).toBe(0);
    await close();
  });

  it('shows the tables on ?tab=table, and the same state again on reload', async () => {
    const { page, problems, close } = await openPage(browser(), '/framework?tab=table&goals=show', WIDE);
    const seed = page.getByRole('table', {
      name: 'The paper’s framework: eight features of an urban cluster',
    });
    await seed.waitFor();
    expect(await seed.locator('tbody tr').count()).toBe(8);
    expect(await seed.locator('tbody tr').nth(2).innerText()).toContain('(Couse, 1937)');
    const evidence = page.getByRole('table', { name: 'MIC evidence for each feature, with linked figures' });
    expect(await evidence.locator('tbody tr').count()).toBe(12);
    const partners = evidence.getByRole('row', { name: /companies from 73 regions/ });
    expect(await partners.innerText()).toContain(
      'more than 6,500 Regional partners (lower bound, July 2021)',
    );
    expect(await page.locator('details.framework-goals').getAttribute('open')).not.toBeNull();
    await page.reload({ waitUntil: 'networkidle' });
    await seed.waitFor();
    expect(await page.locator('details.framework-goals').getAttribute('open')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
    expect(problems).toEqual([]);
    await close();
  });

  it('follows an evidence link to its view, keeping the language', async () => {
    const { page, problems, close } = await openPage(browser(), '/framework?lang=ru&feature=1', WIDE);
    await comparison(page, /Восемь признаков/);
    await page
      .locator('#feature-1')
      .getByRole('link', { name: /Смотреть в разделе «Рост»/ })
      .click();
    await page.waitForURL(/\/growth\?lang=ru$/);
    await page.getByRole('heading', { level: 1, name: 'Рост' }).waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});

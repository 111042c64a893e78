import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Chart text that sticks out of the chart, or page content wider than the window. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow > 0) out.push(`page overflows by ${overflow}px`);
    for (const svg of document.querySelectorAll<SVGSVGElement>('.growth-chart svg')) {
      const box = svg.getBoundingClientRect();
      for (const text of svg.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1)
          out.push(`clipped: "${text.textContent ?? ''}" ${Math.round(r.left)}–${Math.round(r.right)}`);
      }
    }
    return out;
  });
}

describe('growth view in Chromium', () => {
  for (const viewport of [PHONE, DESKTOP])
    for (const [query, heading, legendName] of [
      ['', 'Growth', 'Series and their definitions'],
      ['?lang=ru&theme=dark', 'Рост', 'Ряды и их определения'],
    ] as const)
      it(`draws the chart at ${viewport.width}px (${query || 'en, light'}) without errors or clipped text`, async () => {
        const { page, problems, close } = await openPage(browser(), `/growth${query}`, viewport);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        const legend = page.getByRole('list', { name: legendName });
        await legend.waitFor();
        expect(await legend.getByRole('listitem').count()).toBe(3);
        expect(await page.locator('.growth-point').count()).toBe(23);
        expect(await page.locator('.growth-event').count()).toBeGreaterThan(5);
        expect(await layoutProblems(page)).toEqual([]);
        if (query.includes('dark'))
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        expect(problems).toEqual([]);
        await close();
      });

  it('shows a point’s source on keyboard focus and on hover', async () => {
    const { page, problems, close } = await openPage(browser(), '/growth', DESKTOP);
    const point = page.getByRole('img', { name: /Participants \(Moscow\): more than 13,000/ });
    await point.focus();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('soared almost 20-fold, to more than 13,000');
    expect(await tip.textContent()).toContain('1 December 2020 (day)');
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'detached' });
    await page.getByRole('img', { name: /Participants \(Moscow\): 15,800/ }).hover();
    expect(await tip.textContent()).toContain('The presentation’s figure');
    expect(await tip.textContent()).toContain('c. 2021 (year)');
    expect(problems).toEqual([]);
    await close();
  });

  it('reopens the same state from a copied URL: log scale, partners only, COVID-19 window', async () => {
    const url = '/growth?scale=log&series=partners&range=2020-01-01..2021-12-31';
    const { page, problems, close } = await openPage(browser(), url, DESKTOP);
    await page.getByRole('heading', { name: /Moscow Innovation Cluster, 2020–2021/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Log' }).getAttribute('aria-pressed')).toBe('true');
    expect(
      await page.getByRole('button', { name: 'COVID-19 period (2020–2021)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await page.locator('.growth-point').count()).toBe(4);
    await page.getByRole('button', { name: /Participants \(Moscow\)/ }).click();
    await page.waitForURL(/series=participants%2Cpartners/);
    await page.getByRole('img', { name: /^Participants \(Moscow\): more than 13,000/ }).waitFor();
    expect(await page.locator('.growth-point').count()).toBeGreaterThan(4);
    expect(problems).toEqual([]);
    await close();
  });

  it('computes the growth ratio from the chosen basis and keeps it in the URL', async () => {
    const { page, problems, close } = await openPage(browser(), '/growth', PHONE);
    const derived = page.getByRole('region', { name: 'Derived by the dashboard' });
    await derived.waitFor();
    expect(await derived.textContent()).toContain('13,000 ÷ 700 = ×18.6');
    await derived.getByRole('combobox', { name: 'To' }).selectOption('participants-seed-2021');
    await page.waitForURL(/to=participants-seed-2021/);
    await derived.getByText('15,800 ÷ 700 = ×22.6').waitFor();
    expect(await derived.textContent()).toContain('The start is a lower bound');
    expect(problems).toEqual([]);
    await close();
  });

  for (const [query, caption, figure] of [
    ['?tab=table', /Member growth: 23 reported points/, /more than 13,000/],
    ['?tab=table&lang=ru&theme=dark', /Рост числа участников: 23/, /более 13\s000/],
  ] as const)
    it(`lists the figures in tables (${query})`, async () => {
      const { page, problems, close } = await openPage(browser(), `/growth${query}`, PHONE);
      const table = page.getByRole('table', { name: caption });
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBe(23);
      expect(await table.textContent()).toMatch(figure);
      expect(await page.getByRole('table').count()).toBe(2);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      expect(problems).toEqual([]);
      await close();
    });

  it('downloads the points shown as CSV and the chart as SVG', async () => {
    const { page, problems, close } = await openPage(browser(), '/growth?series=partners', DESKTOP);
    const frame = page.getByRole('figure', { name: /Organisations in the Moscow Innovation Cluster/ });
    await frame.locator('.growth-point').first().waitFor();
    const read = async (button: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        frame.getByRole('button', { name: button }).click(),
      ]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    };
    const csv = await read('Download CSV');
    expect(csv.trim().split('\n')).toHaveLength(5);
    expect(csv).toContain('more than 6,500');
    expect(csv).toContain('lowerBound');
    const svg = await read('Download SVG');
    expect(svg).toContain('Regional partners');
    expect(svg).toContain('the presentation’s figure');
    expect(problems).toEqual([]);
    await close();
  });

  it('opens the timeline from an event marker', async () => {
    const { page, close } = await openPage(browser(), '/growth?lang=en', DESKTOP);
    await page.getByRole('link', { name: /The first sub-cluster is created/ }).click();
    await page.waitForURL(/\/timeline\?lang=en$/);
    await close();
  });
});

import { describe, expect, it } from 'vitest';
import { openPage, type Page, sharedBrowser } from './browser';

const browser = sharedBrowser();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Horizontal overflow of the page (0 when nothing sticks out). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Pairs of visible SVG labels in the map whose boxes overlap. */
const overlappingLabels = (page: Page) =>
  page.evaluate(() => {
    const boxes = [...document.querySelectorAll('.regions-map svg text')]
      .map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
      .filter((b) => b.box.width > 0);
    const hits: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
          hits.push(`${boxes[i]!.text} / ${boxes[j]!.text}`);
      }
    return hits;
  });

describe('regions view in Chromium', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    for (const variant of ['', '?lang=ru&theme=dark']) {
      it(`shows the tile map at ${viewport.width}px ${variant || '(en, light)'} without errors or overflow`, async () => {
        const { page, problems, close } = await openPage(browser(), `/regions${variant}`, viewport);
        const mos = variant ? /^MOS: Московская область/ : /^MOS: Moscow Oblast/;
        await page.getByRole('button', { name: mos }).waitFor();
        expect(await page.locator('.regions-tile').count()).toBe(83);
        expect(await page.getByText(variant ? 'более 6 500' : 'more than 6,500').count()).toBe(1);
        expect(await overflow(page)).toBeLessThanOrEqual(0);
        expect(await overlappingLabels(page)).toEqual([]);
        if (variant) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        expect(problems).toEqual([]);
        await close();
      });
    }

    it(`draws the geographic map at ${viewport.width}px from the same-origin outline`, async () => {
      const { page, problems, close } = await openPage(browser(), '/regions?map=geo', viewport);
      await page.locator('path.regions-outline').waitFor();
      expect(await page.locator('.regions-marker').count()).toBe(9);
      expect(await page.getByText('Outline: Natural Earth (public domain).').count()).toBe(1);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await overlappingLabels(page)).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('reopens the same state from the URL: geographic map, a highlighted region, a service filter', async () => {
    const { page, problems, close } = await openPage(
      browser(),
      '/regions?map=geo&region=RU-TUL&access=limited',
    );
    const details = page.getByRole('region', { name: 'Tula Oblast (RU-TUL)' });
    await details.waitFor();
    expect(await details.getByText('not reported').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Geographic' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByText('5 of 14 services listed').first().isVisible()).toBe(true);
    expect(await page.getByText('Investment packaging').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('moves between tiles with the arrow keys, shows the tooltip on focus and selects with Enter', async () => {
    const { page, close } = await openPage(browser(), '/regions');
    const mos = page.getByRole('button', { name: /^MOS: Moscow Oblast/ });
    await mos.focus();
    const tip = page.getByRole('tooltip');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('70% of partners together with Saint Petersburg');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(focused).toMatch(/^RU-/);
    expect(focused).not.toBe('RU-MOS');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`region=${focused}`));
    await close();
  });

  it('shows the tables with captions and the figures as worded', async () => {
    const { page, problems, close } = await openPage(browser(), '/regions?tab=table', PHONE);
    const headline = page.getByRole('table', { name: 'Regional partner figures' });
    await headline.waitFor();
    expect(await headline.getByText('more than 6,500').count()).toBe(1);
    const regions = page.getByRole('table', { name: 'Russia’s 83 federal subjects by partner category' });
    expect(await regions.getByRole('row').count()).toBe(84);
    expect(
      await regions
        .getByRole('row', { name: /Tula Oblast/ })
        .getByText('not reported')
        .count(),
    ).toBe(1);
    expect(await page.getByRole('table', { name: 'International cooperation agreements' }).count()).toBe(1);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  });
});

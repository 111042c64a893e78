import { describe, expect, it } from 'vitest';
import { openPage, type Page, sharedBrowser } from './browser';

const browser = sharedBrowser();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** Overlapping or clipped SVG texts in the sub-cluster charts, and priority-field cells whose text overflows. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll('.subclusters-svg')) {
      const boxes = [...svg.querySelectorAll('text')]
        .map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0);
      boxes.forEach((x, i) =>
        boxes.slice(i + 1).forEach((y) => {
          const a = x.r;
          const b = y.r;
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
            out.push(`${x.text} × ${y.text}`);
        }),
      );
      const frame = svg.getBoundingClientRect();
      for (const b of boxes)
        if (b.r.right > frame.right + 1 || b.r.left < frame.left - 1) out.push(`${b.text} clipped`);
    }
    for (const cell of document.querySelectorAll<HTMLElement>('.subclusters-fields__cell'))
      if (cell.scrollWidth > cell.clientWidth + 1) out.push(`${cell.textContent} overflows its cell`);
    return out;
  });
}

/** The lowest WCAG contrast ratio between text and background among the priority-field cells. */
async function lowestCellContrast(page: Page): Promise<number> {
  return page.evaluate(() => {
    const lum = (css: string) => {
      const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    return Math.min(
      ...[...document.querySelectorAll<HTMLElement>('.subclusters-fields__cell')].map((cell) => {
        const style = getComputedStyle(cell);
        const [a, b] = [lum(style.color), lum(style.backgroundColor)];
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      }),
    );
  });
}

const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('the sub-cluster view in Chromium', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`draws the bars, the threshold and the field grid at ${viewport.width}px without overlaps`, async () => {
      const { page, problems, close } = await openPage(browser(), '/subclusters', viewport);
      const chart = page.getByRole('group', {
        name: /Bar chart: participants and projects of 10 sub-clusters/,
      });
      await chart.waitFor();
      expect(await chart.getByRole('button').count()).toBe(10);
      expect(await chart.getByText('Registration minimum', { exact: true }).count()).toBe(1);
      expect(await chart.getByText('30 organisations', { exact: true }).count()).toBe(1);
      const grid = page.getByRole('grid', {
        name: 'Priority fields by the number of sub-clusters naming them',
      });
      expect(await grid.getByRole('gridcell').count()).toBe(25);
      await page.getByText('The presentation does not say which sub-cluster names which field').waitFor();
      expect(await layoutProblems(page)).toEqual([]);
      expect(await lowestCellContrast(page)).toBeGreaterThanOrEqual(4.5);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('draws the scatter in Russian and dark mode on a phone, numbered points with a key', async () => {
    const { page, problems, close } = await openPage(
      browser(),
      '/subclusters?lang=ru&theme=dark&chart=scatter',
      PHONE,
    );
    const chart = page.getByRole('group', { name: /Точечная диаграмма/ });
    await chart.waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await chart.getByText('Минимум для регистрации', { exact: true }).count()).toBe(1);
    expect(
      await page.getByRole('list', { name: 'Расшифровка номеров точек' }).getByRole('listitem').count(),
    ).toBe(10);
    await page.getByText('Называют 2 субкластера').waitFor();
    expect(await layoutProblems(page)).toEqual([]);
    expect(await lowestCellContrast(page)).toBeGreaterThanOrEqual(4.5);
    expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('labels the scatter’s points with short names on a wide screen, in both languages', async () => {
    for (const [path, name] of [
      ['/subclusters?chart=scatter', 'Zelenograd'],
      ['/subclusters?chart=scatter&lang=ru&theme=dark', 'Зеленоград'],
    ] as const) {
      const { page, problems, close } = await openPage(browser(), path, DESKTOP);
      const chart = page.getByRole('group', { name: /Scatter plot|Точечная диаграмма/ });
      await chart.getByText(name, { exact: true }).waitFor();
      expect(await layoutProblems(page)).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    }
  });

  it('reopens the same chart, sort and highlight from a copied URL', async () => {
    const { page, problems, close } = await openPage(browser(), '/subclusters', DESKTOP);
    await page.getByRole('button', { name: 'Scatter' }).click();
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('projects');
    // Click the point itself, as a reader would (the mark's box also spans its label).
    await page
      .getByRole('button', { name: /^Innovative Food Cluster:/ })
      .locator('circle.subclusters-mark__hit')
      .click();
    await page.waitForURL(/highlight=food/);
    const url = new URL(page.url());
    expect(url.searchParams.get('chart')).toBe('scatter');
    expect(url.searchParams.get('sort')).toBe('projects');

    const again = await openPage(browser(), `${url.pathname}${url.search}`, DESKTOP);
    const food = again.page.getByRole('button', { name: /^Innovative Food Cluster:/ });
    await food.waitFor();
    expect(await food.getAttribute('aria-pressed')).toBe('true');
    expect(await again.page.getByRole('button', { name: 'Scatter' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await again.page.getByRole('combobox', { name: 'Sort by' }).inputValue()).toBe('projects');
    expect([...problems, ...again.problems]).toEqual([]);
    await again.close();
    await close();
  });

  it('moves through the priority-field grid with the arrow keys and shows each field’s source', async () => {
    const { page, close } = await openPage(browser(), '/subclusters', DESKTOP);
    const grid = page.getByRole('grid', { name: /Priority fields by the number/ });
    const cell = (name: string) => grid.getByRole('gridcell', { name: new RegExp(`^${name}:`) });
    await cell('Nuclear technology').focus();
    // Wide screens draw the groups as columns: → goes to the next group, ↓ down the column.
    await page.keyboard.press('ArrowRight');
    expect(await cell('Food industry').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await cell('Metalworking').evaluate((el) => el === document.activeElement)).toBe(true);
    const tip = page.getByRole('tooltip');
    expect(await tip.textContent()).toContain('Named by 2 sub-clusters');
    expect(await tip.textContent()).toContain('Priority fields of MIC sub-clusters');
    // One Tab stop: Tab leaves the grid.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('gridcell');
    await close();
  });

  it('lists the presentation’s figures in the table tab', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, problems, close } = await openPage(
        browser(),
        '/subclusters?tab=table&sort=projects',
        viewport,
      );
      const table = page.getByRole('table', { name: 'Sub-clusters: participants and projects' });
      await table.waitFor();
      const first = table.getByRole('row').nth(1);
      expect(await first.getByRole('rowheader').textContent()).toBe('Innovative Food Cluster');
      const cells = first.getByRole('cell');
      expect(await cells.nth(0).textContent()).toBe('44');
      expect(await cells.nth(1).textContent()).toBe('6');
      const fields = page.getByRole('table', { name: 'Priority fields: number of sub-clusters naming each' });
      expect(await fields.getByRole('row').count()).toBe(26);
      const rules = page.getByRole('table', { name: 'Requirements for creating a sub-cluster' });
      expect(await rules.getByRole('row').count()).toBe(5);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await close();
    }
  });
});

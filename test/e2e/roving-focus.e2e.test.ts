/**
 * Every chart is one Tab stop with the arrow keys inside (WAI-ARIA roving tabindex, src/charts/use-roving-focus):
 * Tab from the control before a chart lands on its one stop, an arrow moves focus to another mark (with its
 * tooltip where the chart has one), and the next Tab leaves the chart. At a phone's and a desktop's width.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

interface ChartCase {
  name: string;
  path: string;
  chart: (page: Page) => Locator;
  arrow: string;
  tooltip: boolean;
}

const CASES: ChartCase[] = [
  {
    name: 'sector bars',
    path: '/sectors',
    chart: (p) => p.getByRole('group', { name: 'Members by sector' }),
    arrow: 'ArrowDown',
    tooltip: true,
  },
  {
    name: 'sector 100 % strip',
    path: '/sectors',
    chart: (p) => p.getByRole('group', { name: /^Shares of all members/ }),
    arrow: 'ArrowRight',
    tooltip: true,
  },
  {
    name: 'sub-cluster size bars',
    path: '/subclusters',
    chart: (p) => p.getByRole('group', { name: /^Bar chart: participants/ }),
    arrow: 'ArrowDown',
    tooltip: true,
  },
  {
    name: 'sub-cluster scatter',
    path: '/subclusters?chart=scatter',
    chart: (p) => p.getByRole('group', { name: /^Scatter plot: participants/ }),
    arrow: 'ArrowLeft',
    tooltip: true,
  },
  {
    name: 'priority-field grid',
    path: '/subclusters',
    chart: (p) => p.getByRole('grid', { name: /Priority fields by the number/ }),
    arrow: 'ArrowRight',
    tooltip: true,
  },
  {
    name: 'tile map',
    path: '/regions',
    chart: (p) => p.getByRole('group', { name: /^Tile map of Russia/ }),
    arrow: 'ArrowRight',
    tooltip: true,
  },
  {
    name: 'geographic map',
    path: '/regions?map=geo',
    chart: (p) => p.getByRole('group', { name: /^Map of Russia with markers/ }),
    arrow: 'ArrowDown',
    tooltip: true,
  },
  {
    name: 'growth chart',
    path: '/growth',
    chart: (p) => p.getByRole('group', { name: /^Line chart/ }),
    arrow: 'ArrowRight',
    tooltip: true,
  },
  {
    name: 'timeline',
    path: '/timeline',
    chart: (p) => p.getByRole('group', { name: /^Timeline of \d+ events/ }),
    arrow: 'ArrowRight',
    tooltip: true,
  },
];

/** Focuses the last Tab stop before the chart, so that the next Tab is the one that enters it. */
async function focusBefore(chart: Locator): Promise<void> {
  await chart.evaluate((el) => {
    const all = Array.from(
      document.querySelectorAll<HTMLElement | SVGElement>(
        'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]',
      ),
    ).filter((e) => e.tabIndex >= 0 && !el.contains(e) && e.getClientRects().length > 0);
    const before = all.filter((e) => e.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    before.at(-1)?.focus();
  });
}

const inChart = (chart: Locator) => chart.evaluate((el) => el.contains(document.activeElement));
const activeStop = (chart: Locator) =>
  chart.evaluate((el) => {
    const a = document.activeElement;
    return a && el.contains(a) ? `${a.getAttribute('tabindex')}|${a.getAttribute('aria-label') ?? ''}` : null;
  });

describe('every chart is one Tab stop with the arrow keys inside', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    for (const c of CASES) {
      it(`${c.name} at ${viewport.width}px`, async () => {
        const { page, problems, close } = await openPage(browser(), c.path, viewport);
        const chart = c.chart(page);
        await chart.waitFor();
        expect(await chart.locator('[tabindex="0"]').count()).toBe(1);
        await focusBefore(chart);
        // A date field before the chart takes a Tab per part (day, month, year).
        for (let i = 0; i < 6 && !(await inChart(chart)); i++) await page.keyboard.press('Tab');
        const entered = await activeStop(chart);
        expect(entered, 'Tab enters the chart').not.toBeNull();
        expect(entered?.startsWith('0|')).toBe(true);
        await page.keyboard.press(c.arrow);
        const moved = await activeStop(chart);
        expect(moved, 'focus stays in the chart').not.toBeNull();
        expect(moved, 'the arrow moves focus').not.toBe(entered);
        expect(moved?.startsWith('0|')).toBe(true);
        expect(await chart.locator('[tabindex="0"]').count()).toBe(1);
        // The first tooltip on a page brings Floating UI with it, so it shows a moment after focus.
        if (c.tooltip) await page.getByRole('tooltip').first().waitFor({ state: 'visible' });
        await page.keyboard.press('Tab');
        expect(await inChart(chart), 'the next Tab leaves the chart').toBe(false);
        expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
        await page.keyboard.press('Shift+Tab');
        expect(await activeStop(chart), 'Shift+Tab comes back to the last mark').toBe(moved);
        expect(problems).toEqual([]);
        await close();
      });
    }
  }
});

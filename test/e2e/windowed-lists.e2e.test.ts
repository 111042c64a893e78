import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_URL, contextServing, sharedBrowser } from './browser';
import { scaleSnapshot } from '../../scripts/scale-snapshot.mjs';

const browser = sharedBrowser();

// A synthetic snapshot 10× the shipped one (marked synthetic): 890 figures and 659 web sources, so /sources
// draws a window of both lists. It is served in place of the shipped files, on the same build.
const snapshot = scaleSnapshot(JSON.parse(readFileSync('public/data/mic-2021.json', 'utf8')), 10) as {
  id: string;
  title: unknown;
  compiled: string;
};

async function openAtTenTimes(path: string) {
  const { page, problems } = await contextServing(browser(), snapshot);
  await page.goto(`${BASE_URL}${path}`);
  await page.locator('.data-table__count').waitFor();
  return { page, problems };
}

const drawnRows = (page: Awaited<ReturnType<typeof openAtTenTimes>>['page']) =>
  page.evaluate(() => ({
    rows: document.querySelectorAll('.data-table tbody tr:not(.data-table__gap)').length,
    rowcount: Number(document.querySelector('.data-table')?.getAttribute('aria-rowcount')),
    citations: document.querySelectorAll('.citations li.citation-item').length,
  }));

describe('/sources at 10× the data in Chromium', () => {
  it('draws a window of the figures and citations, and every row for printing', async () => {
    const { page, problems } = await openAtTenTimes('/sources');
    const windowed = await drawnRows(page);
    expect(windowed.rowcount).toBeGreaterThan(800);
    expect(windowed.rows).toBeLessThan(80);
    expect(windowed.citations).toBeLessThan(80);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => drawnRows(page).then((d) => d.rows)).toBe(windowed.rowcount - 1);
    expect((await drawnRows(page)).citations).toBeGreaterThan(600);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => drawnRows(page).then((d) => d.rows), { timeout: 20_000 }).toBeLessThan(80);
    expect(problems).toEqual([]);
  });

  it('lands a #figure- link far down the table at the top of the window, focused', async () => {
    const { page } = await openAtTenTimes('/sources');
    const ids = await page.evaluate(() =>
      [...document.querySelectorAll('.data-table tbody tr[id]')].map((r) => r.id),
    );
    expect(ids.length).toBeGreaterThan(0);
    // The row that comes first by figure name, descending: the test checks below that it is far down the page.
    await page.getByRole('button', { name: /^Figure/ }).click();
    await page.getByRole('button', { name: /^Figure/ }).click();
    const last = await page.locator('.data-table tbody tr[id]').first().getAttribute('id');
    const { page: linked } = await openAtTenTimes(`/sources#${last}`);
    await expect
      .poll(() =>
        linked.evaluate((id) => {
          const row = document.getElementById(id);
          return row && document.activeElement === row
            ? Math.abs(Math.round(row.getBoundingClientRect().top))
            : null;
        }, last ?? ''),
      )
      .toBe(0);
    expect(await linked.evaluate(() => window.scrollY)).toBeGreaterThan(10_000);
  });
});

const tenfold = snapshot as unknown as { sectors: { members: unknown[] }; subclusters: { items: unknown[] } };
const TALL_CHARTS = [
  {
    name: 'the sectors bars',
    path: '/sectors',
    frame: '#sectors-members',
    mark: 'g.sectors-bar',
    total: tenfold.sectors.members.length,
  },
  {
    name: 'the sub-cluster bars',
    path: '/subclusters',
    frame: '#subclusters-size',
    mark: 'g.subclusters-mark',
    total: tenfold.subclusters.items.length,
  },
];

describe.each(TALL_CHARTS)('$name at 10× the data in Chromium', ({ path, frame, mark, total }) => {
  const bars = `${frame} ${mark}`;

  it('draws the bars near what the box shows, reaches every bar by keyboard, and draws all for print', async () => {
    const { page, problems } = await contextServing(browser(), snapshot);
    await page.goto(`${BASE_URL}${path}`);
    await page.locator(`${frame} .chart-frame__body--scroll`).waitFor();
    await page.locator(bars).first().waitFor();
    const drawn = () => page.locator(bars).count();
    expect(total).toBeGreaterThan(60);
    expect(await drawn()).toBeLessThan(total * 0.75);

    await page.locator(bars).first().focus();
    await page.keyboard.press('End');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
    const last = await page.locator(bars).last().getAttribute('aria-label');
    expect(await focused()).toBe(last);
    // Focus scrolled the box to the last bar; the bars above it are drawn as the box arrives.
    const names = [last];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('ArrowUp');
      names.push(await focused());
    }
    expect(new Set(names).size).toBe(6);
    expect(await drawn()).toBeLessThan(total * 0.75);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(drawn).toBe(total);
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(drawn).toBeLessThan(total * 0.75);

    // The SVG download holds every bar, not the window drawn on screen.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(frame).getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync(await file.path(), 'utf8');
    // Each bar is a button (aria-pressed) in the file too; classes are written out as inline styles.
    expect(svg.split('aria-pressed="').length - 1).toBe(total);
    expect(problems).toEqual([]);
  });
});

// 20× the data: more bars than SCROLL_ITEMS (charts/chart-frame.tsx), so each frame is a scroll box from its
// first render, and only what the box shows is drawn. At 10× the box comes only once the chart has been laid
// out and found tall, which takes drawing it whole once.
const twentyfold = scaleSnapshot(JSON.parse(readFileSync('public/data/mic-2021.json', 'utf8')), 20) as {
  id: string;
  title: unknown;
  compiled: string;
  sectors: { members: unknown[] };
  subclusters: { items: unknown[] };
};
describe.each([
  {
    path: '/sectors',
    frame: '#sectors-members',
    mark: 'g.sectors-bar',
    total: twentyfold.sectors.members.length,
  },
  {
    path: '/subclusters',
    frame: '#subclusters-size',
    mark: 'g.subclusters-mark',
    total: twentyfold.subclusters.items.length,
  },
])('$path at 20× the data in Chromium', ({ path, frame, mark, total }) => {
  it('never draws every bar, not even before its box is measured', async () => {
    const { page, problems } = await contextServing(browser(), twentyfold);
    // Every bar the page ever made, kept or taken away again: drawing them all, for the box's measure to cut
    // them down in the same task, took one task of a second at 100×.
    await page.addInitScript(
      ([frameSelector, selector]) => {
        const made = new Set<Element>();
        (window as unknown as { barsMade: Set<Element> }).barsMade = made;
        new MutationObserver((records) => {
          for (const record of records) {
            // A bar taken away is no longer in the frame; the element it was taken from still is.
            const fromFrame =
              record.target instanceof Element && record.target.closest(frameSelector) !== null;
            for (const node of [...record.addedNodes, ...record.removedNodes]) {
              if (!(node instanceof Element)) continue;
              const bars = [...(node.matches(selector) ? [node] : []), ...node.querySelectorAll(selector)];
              for (const bar of bars) if (fromFrame || bar.closest(frameSelector)) made.add(bar);
            }
          }
        }).observe(document, { childList: true, subtree: true });
      },
      [frame, mark] as const,
    );
    await page.goto(`${BASE_URL}${path}`);
    await page.locator(`${frame} ${mark}`).first().waitFor();
    expect(total).toBeGreaterThan(120);
    const made = await page.evaluate(() => (window as unknown as { barsMade: Set<Element> }).barsMade.size);
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(total / 2);
    expect(problems).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

const PHONE = { width: 390, height: 844 };

/** Each chart's marks: the first and the last are hovered (one near each edge of the chart). */
const CHARTS: [string, string][] = [
  ['/growth', '.growth-point'],
  ['/sectors', '.sectors-strip__segment, .sectors-bar'],
  ['/subclusters', '.subclusters-mark, .subclusters-fields__cell'],
  ['/regions', '.regions-tile, .regions-marker'],
  ['/timeline', '.timeline-mark'],
];

describe('the chart tooltip on a phone', () => {
  for (const [path, marks] of CHARTS)
    it(`stays inside the 390 px window beside the hovered mark on ${path}`, async () => {
      const { page, problems, close } = await openPage(browser(), path, PHONE);
      const all = page.locator(marks);
      await all.first().waitFor();
      const count = await all.count();
      for (const i of [0, count - 1]) {
        const mark = all.nth(i);
        await mark.scrollIntoViewIfNeeded();
        await mark.hover({ force: true });
        const tip = page.locator('[role="tooltip"]:visible');
        await tip.waitFor();
        const [t, m] = [await tip.boundingBox(), await mark.boundingBox()];
        if (!t || !m) throw new Error(`${path}: no box for mark ${i} or its tooltip`);
        const where = `${path} mark ${i}: tooltip ${JSON.stringify(t)}`;
        expect(t.x, where).toBeGreaterThanOrEqual(0);
        expect(t.y, where).toBeGreaterThanOrEqual(0);
        expect(t.x + t.width, where).toBeLessThanOrEqual(PHONE.width);
        expect(t.y + t.height, where).toBeLessThanOrEqual(PHONE.height);
        // Beside the mark: just above or just below it, not anywhere on the page.
        const gap = Math.min(Math.abs(t.y + t.height - m.y), Math.abs(t.y - (m.y + m.height)));
        expect(gap, where).toBeLessThan(24);
        await page.mouse.move(0, 0);
        await tip.waitFor({ state: 'hidden' });
      }
      expect(problems).toEqual([]);
      await close();
    });
});

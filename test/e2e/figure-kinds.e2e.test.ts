import { describe, expect, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

/**
 * What each kind of figure must look like, written out here rather than imported, so that a change to the
 * kit's encoding has to be made on purpose in two places: fill, outline width, dash pattern.
 */
const EXPECTED: Record<string, string> = {
  exact: 'solid 1 none',
  lowerBound: 'open 2 none',
  upperBound: 'open 2 none',
  approximate: 'wash 1.5 5 3',
  derived: 'hatch 1.5 2 2',
};

const PAGES = [
  '/growth',
  '/sectors',
  '/sectors?measure=count',
  '/subclusters',
  '/subclusters?chart=scatter',
  '/regions',
];

describe('every chart draws a kind of figure the way its legend does', () => {
  for (const path of PAGES)
    it(path, async () => {
      const { page, problems, close } = await openPage(browser(), path);
      try {
        await page.locator('.qualifier-legend').first().waitFor();
        const found = await page.evaluate(() => {
          const signature = (el: Element) => {
            const fill = el.getAttribute('fill') ?? '';
            const opacity = Number(el.getAttribute('fill-opacity') ?? '1');
            const mode = fill.startsWith('url(')
              ? 'hatch'
              : opacity < 1
                ? 'wash'
                : fill === el.getAttribute('stroke')
                  ? 'solid'
                  : 'open';
            return `${mode} ${el.getAttribute('stroke-width')} ${el.getAttribute('stroke-dasharray') ?? 'none'}`;
          };
          const painted = [...document.querySelectorAll('[data-figure-kind]')].map((el) => ({
            kind: el.getAttribute('data-figure-kind') ?? '',
            inLegend: el.closest('.qualifier-legend') !== null,
            signature: signature(el),
          }));
          // A chart mark that names its kind must contain a shape the kit painted as that kind.
          const unpainted = [...document.querySelectorAll('svg g[data-kind]')]
            .filter((g) => g.getAttribute('data-kind') !== 'notReported')
            .filter((g) => !g.querySelector(`[data-figure-kind="${g.getAttribute('data-kind')}"]`))
            .map((g) => g.getAttribute('aria-label') ?? g.outerHTML.slice(0, 80));
          const legendKinds = [...document.querySelectorAll('.qualifier-legend [data-kind]')].map(
            (el) => el.getAttribute('data-kind') ?? '',
          );
          return { painted, unpainted, legendKinds };
        });
        const marks = found.painted.filter((p) => !p.inLegend);
        expect(marks.length).toBeGreaterThan(0);
        for (const p of found.painted)
          expect(`${p.kind}: ${p.signature}`).toBe(`${p.kind}: ${EXPECTED[p.kind]}`);
        expect(found.unpainted).toEqual([]);
        // The legend explains every kind drawn on the page.
        for (const kind of new Set(marks.map((m) => m.kind))) expect(found.legendKinds).toContain(kind);
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
});

import { describe, expect, it } from 'vitest';
import { layoutBars, legendEntries, STACK_BELOW, STRIP_LEGEND_MAX } from './sectors-layout';
import type { BarRow } from './sectors-series';
import { barValueText } from './sectors.text';

describe('bar layout', () => {
  const labels = ['Services', 'Оптовая и розничная торговля', 'ИТ и искусственный интеллект'];
  const values = [48, 16, null];
  const texts = ['48%', '16%', 'not reported'];

  for (const width of [280, 320, 390, 800, 1200]) {
    it(`keeps rows apart and bars with their value labels inside ${width}px`, () => {
      const layout = layoutBars(width, labels, values, texts);
      expect(layout.mode).toBe(width < STACK_BELOW ? 'stacked' : 'side');
      let bottom = 0;
      layout.rows.forEach((row) => {
        expect(row.y).toBeGreaterThanOrEqual(bottom);
        expect(row.barY).toBeGreaterThanOrEqual(row.y);
        expect(row.barY + row.barHeight).toBeLessThanOrEqual(row.y + row.height);
        bottom = row.y + row.height;
      });
      expect(layout.height).toBe(bottom);
      // The longest bar plus its value label fits the width.
      expect(layout.barX + layout.barMax + 40).toBeLessThanOrEqual(width);
      expect(layout.rows[0]?.barWidth).toBeCloseTo(layout.barMax);
      expect(layout.rows[2]?.barWidth).toBe(0);
    });
  }

  it('wraps a long Russian label on the left at tablet widths', () => {
    const layout = layoutBars(480, labels, values, texts);
    expect(layout.rows[1]?.lines.length).toBeGreaterThan(1);
    expect(layout.rows[1]?.height).toBeGreaterThan(layout.rows[0]?.height ?? 0);
  });
});

describe('value wording', () => {
  const derived = {
    kind: 'derived' as const,
    op: 'percentOf' as const,
    inputs: ['a', 'b'],
    formula: { en: 'x', ru: 'x' },
  };

  it('marks derived values with "=" and formats numbers by locale', () => {
    expect(barValueText({ value: 48, unit: 'percent', qualifier: { kind: 'exact' } }, 'en')).toBe('48%');
    expect(barValueText({ value: 48, unit: 'percent', qualifier: { kind: 'exact' } }, 'ru')).toBe(
      '48\u00a0%',
    );
    expect(barValueText({ value: 7584, unit: 'organisations', qualifier: derived }, 'en')).toBe(
      '=\u20097,584',
    );
    expect(barValueText({ value: 7584, unit: 'organisations', qualifier: derived }, 'ru')).toBe(
      '=\u20097\u00a0584',
    );
  });
});

describe("the share strip's key", () => {
  const rows = (n: number): BarRow[] =>
    Array.from({ length: n }, (_, i) => ({
      group: 'members',
      key: `s${i}`,
      itemId: `sector-s${i}`,
      label: { en: `Sector ${i}`, ru: `Отрасль ${i}` },
      figure: null,
      sourceIndex: i,
    }));

  it('names every sector while there are few', () => {
    expect(legendEntries(rows(7), undefined)).toHaveLength(7);
    expect(legendEntries(rows(STRIP_LEGEND_MAX), 's3')).toHaveLength(STRIP_LEGEND_MAX);
  });

  it("names the first ones in the strip's order past that, and always the highlighted one", () => {
    const many = rows(140);
    expect(legendEntries(many, undefined).map((r) => r.key)).toEqual(
      many.slice(0, STRIP_LEGEND_MAX - 1).map((r) => r.key),
    );
    expect(legendEntries(many, 's2')).toHaveLength(STRIP_LEGEND_MAX - 1);
    const withHighlight = legendEntries(many, 's120');
    expect(withHighlight).toHaveLength(STRIP_LEGEND_MAX - 1);
    expect(withHighlight.at(-1)?.key).toBe('s120');
    expect(withHighlight.slice(0, -1).map((r) => r.key)).toEqual(
      many.slice(0, STRIP_LEGEND_MAX - 2).map((r) => r.key),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { barsLayout, gridOrientation } from './subclusters-layout';
import { textWidth } from '../../charts/text-measure';
import { fieldGroups, subclusterRows } from './subclusters-series';

const rows = subclusterRows(fixtureSnapshot(), 'ru');

describe('bar chart layout', () => {
  it('on a wide screen puts labels beside the bars, at most two lines that fit the label column', () => {
    const layout = barsLayout(rows, 1100, 30);
    expect(layout.wide).toBe(true);
    for (const r of layout.rows) {
      expect(r.lines.length).toBeLessThanOrEqual(2);
      for (const line of r.lines) expect(textWidth(line, 13, 700)).toBeLessThanOrEqual(layout.labelWidth);
    }
    expect(layout.participants(0)).toBeGreaterThan(layout.labelWidth);
    // The projects column starts after the longest participants bar and its value label.
    expect(layout.projects(0)).toBeGreaterThan(layout.participants(78) + 30);
    expect(layout.projects(6)).toBeLessThanOrEqual(1100);
  });

  it('on a phone puts each label above its bars and lets it wrap to three lines', () => {
    const layout = barsLayout(rows, 330, 30);
    expect(layout.wide).toBe(false);
    for (const r of layout.rows) {
      expect(r.barY).toBeGreaterThan(r.labelY);
      expect(r.lines.length).toBeLessThanOrEqual(3);
      for (const line of r.lines) expect(textWidth(line, 13, 700)).toBeLessThanOrEqual(330);
    }
    const last = layout.rows.at(-1);
    expect(layout.height).toBeGreaterThan((last?.y ?? 0) + (last?.height ?? 0));
  });

  it('includes the threshold in the participants scale even above every bar', () => {
    const layout = barsLayout(rows, 800, 100);
    expect(layout.participants.domain()[1]).toBeGreaterThanOrEqual(100);
  });
});

describe('priority-field grid orientation', () => {
  it('uses columns only when the longest word fits a column', () => {
    const en = fieldGroups(fixtureSnapshot(), 'en');
    const ru = fieldGroups(fixtureSnapshot(), 'ru');
    expect(gridOrientation(en, 1134)).toBe('columns');
    expect(gridOrientation(en, 800)).toBe('rows');
    // "природопользование" does not fit a seventh of a desktop chart.
    expect(gridOrientation(ru, 1134)).toBe('rows');
    expect(gridOrientation([], 1134)).toBe('rows');
  });
});

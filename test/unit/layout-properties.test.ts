/**
 * Property tests: every view's layout, fed arbitrary but valid input (values from 0 to the schema's maximum,
 * long labels in both scripts, empty lists, any width a phone or a desktop gives a chart), yields finite,
 * non-negative geometry inside the chart's box. Charts must never draw a negative size or leave their box.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../fixtures/snapshot-fixture';
import { EVENT_CATEGORIES } from '../../src/charts/event-layer';
import { MAX_VALUE, type Figure } from '../../src/data/schema';
import { chartGeometry } from '../../src/views/growth/growth-layout';
import { buildSeries, dataExtent, xDomain } from '../../src/views/growth/growth-series';
import { SERIES_IDS } from '../../src/views/growth/growth.params';
import { layoutBars } from '../../src/views/sectors/sectors-layout';
import { barsLayout, scatterLayout } from '../../src/views/subclusters/subclusters-layout';
import type { SubclusterRow } from '../../src/views/subclusters/subclusters-series';
import { GEOMETRY, layoutTimeline } from '../../src/views/timeline/timeline-layout';
import { buildLanes } from '../../src/views/timeline/timeline-series';
import { DAY, MIN_SPAN } from '../../src/views/timeline/timeline-window';

const snapshot = fixtureSnapshot();
const RUNS = { numRuns: 150, seed: 20261204 };
/** The narrowest chart: a 320 px phone less the page's and the frame's padding. */
const MIN_WIDTH = 240;
const width = fc.integer({ min: MIN_WIDTH, max: 1600 });
const value = fc.oneof(
  fc.constantFrom(0, 1, MAX_VALUE),
  fc.integer({ min: 0, max: MAX_VALUE }),
  fc.double({ min: 0, max: MAX_VALUE, noNaN: true }),
);
const word = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{1,14}$/),
  fc.stringMatching(/^[А-Яа-яЁё]{1,18}$/),
  fc.constant('Научно-исследовательские'),
);
const label = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));

const fine = (n: number) => Number.isFinite(n);
const within = (n: number, lo: number, hi: number) => fine(n) && n >= lo - 0.5 && n <= hi + 0.5;

function figure(v: number): Figure {
  return {
    id: 'f',
    value: v,
    unit: 'organisations',
    qualifier: { kind: 'exact' },
    sources: [{ source: 's', locator: 'l' }],
  };
}

describe('layouts stay finite, non-negative and inside their box for any valid input', () => {
  it('sector bars', () => {
    fc.assert(
      fc.property(width, fc.array(fc.tuple(label, fc.option(value)), { maxLength: 30 }), (w, rows) => {
        const layout = layoutBars(
          w,
          rows.map((r) => r[0]),
          rows.map((r) => r[1]),
          rows.map((r) => (r[1] === null ? 'not reported' : r[1].toLocaleString('en'))),
        );
        expect(fine(layout.height) && layout.height >= 0).toBe(true);
        for (const row of layout.rows) {
          expect(row.barWidth).toBeGreaterThanOrEqual(0);
          expect(within(layout.barX + row.barWidth, 0, w)).toBe(true);
          expect(row.height).toBeGreaterThan(0);
          expect(within(row.barY + row.barHeight, 0, layout.height)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('sub-cluster bars and scatter', () => {
    const row = fc.record({ name: label, participants: value, projects: value });
    fc.assert(
      fc.property(width, fc.array(row, { maxLength: 40 }), fc.option(value), (w, raw, threshold) => {
        const rows: SubclusterRow[] = raw.map((r, i) => ({
          id: `s${i}`,
          name: r.name,
          sourceIndex: i,
          participants: figure(r.participants),
          projects: figure(r.projects),
        }));
        const bars = barsLayout(rows, w, threshold);
        expect(fine(bars.height) && bars.height >= 0).toBe(true);
        for (const r of rows) {
          const [p0, p1] = [bars.participants(0), bars.participants(r.participants.value)];
          const [q0, q1] = [bars.projects(0), bars.projects(r.projects.value)];
          expect(p1 - p0).toBeGreaterThanOrEqual(-1e-9);
          expect(q1 - q0).toBeGreaterThanOrEqual(-1e-9);
          for (const x of [p0, p1, q0, q1]) expect(within(x, 0, w)).toBe(true);
        }
        const scatter = scatterLayout(rows, w, threshold);
        for (const p of scatter.points) {
          expect(within(p.cx, 0, w)).toBe(true);
          expect(within(p.cy, 0, scatter.height)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('growth chart', () => {
    const base = buildSeries(snapshot, { series: SERIES_IDS });
    const domain = xDomain(dataExtent(snapshot), undefined);
    const values = fc.array(value, { minLength: 40, maxLength: 40 });
    fc.assert(
      fc.property(
        width,
        values,
        fc.constantFrom('linear', 'log'),
        fc.constantFrom('en', 'ru'),
        (w, vs, scale, lang) => {
          let k = 0;
          const series = base.map((s) => ({
            ...s,
            points: s.points.map((p) => ({
              ...p,
              figure: { ...p.figure, value: Math.max(1, vs[k++ % vs.length] ?? 1) },
            })),
          }));
          const geo = chartGeometry({ series, markers: [], domain, scale, width: w, lang });
          expect(geo.left).toBeGreaterThanOrEqual(0);
          expect(geo.right).toBeGreaterThan(geo.left);
          expect(geo.right).toBeLessThanOrEqual(w);
          for (const s of series)
            for (const p of s.points)
              expect(within(geo.y(p.figure.value), geo.plotTop, geo.plotBottom)).toBe(true);
          for (const t of geo.yTicks) expect(within(geo.y(t.value), geo.plotTop, geo.plotBottom)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('timeline', () => {
    const lanes = buildLanes(snapshot, EVENT_CATEGORIES);
    const start = Date.UTC(2018, 0, 1);
    const end = Date.UTC(2026, 11, 31);
    const windowArb = fc
      .tuple(fc.integer({ min: start, max: end - MIN_SPAN }), fc.integer({ min: MIN_SPAN / DAY, max: 3300 }))
      .map(([s, days]) => ({ start: s, end: Math.min(end, s + days * DAY) }));
    fc.assert(
      fc.property(width, windowArb, label, fc.integer({ min: 1, max: 6 }), (w, win, title, rows) => {
        const layout = layoutTimeline(lanes, win, w, (p) => `${p.event.id} ${title}`, rows);
        expect(fine(layout.height) && layout.height > 0).toBe(true);
        expect(layout.plotLeft).toBeLessThan(layout.plotRight);
        // Marks running past the window are clipped at clipOut beyond the plot: that clip is inside the box.
        const [clip0, clip1] = [layout.plotLeft - GEOMETRY.clipOut, layout.plotRight + GEOMETRY.clipOut];
        expect(clip0).toBeGreaterThanOrEqual(0);
        expect(clip1).toBeLessThanOrEqual(w);
        for (const m of layout.marks) {
          expect(m.x1).toBeGreaterThanOrEqual(m.x0);
          expect(fine(m.x0) && fine(m.x1)).toBe(true);
          expect(Math.min(m.x1, clip1)).toBeGreaterThanOrEqual(Math.max(m.x0, clip0) - 0.5);
          expect(within(m.y, 0, layout.height)).toBe(true);
          if (m.label) expect(m.label.room).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });
});

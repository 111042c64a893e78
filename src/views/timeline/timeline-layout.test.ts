import { describe, expect, it } from 'vitest';
import { EVENT_CATEGORIES } from '../../charts/event-layer';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { textWidth } from '../../charts/text-measure';
import { DENSE_ROW_DEPTH, GEOMETRY, layoutTimeline } from './timeline-layout';
import { buildLanes } from './timeline-series';
import { COVID_WINDOW } from './timeline-window';

const snapshot = fixtureSnapshot();
const lanes = buildLanes(snapshot, EVENT_CATEGORIES);
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const windows = {
  covid: COVID_WINDOW,
  history: { start: utc(2018, 1), end: utc(2027, 1) },
  spring2020: { start: utc(2020, 3), end: utc(2020, 7) },
};

describe('timeline layout on the shipped snapshot', () => {
  for (const [name, window] of Object.entries(windows))
    for (const width of [320, 390, 800, 1280, 1920])
      for (const lang of ['en', 'ru'] as const)
        it(`overlaps nothing: ${name}, ${width}px, ${lang}`, () => {
          const layout = layoutTimeline(lanes, window, width, (p) => p.event.title[lang]);
          for (const lane of layout.lanes) {
            const byRow = new Map<number, { from: number; to: number; id: string }[]>();
            for (const m of lane.marks) {
              const to = m.label && !m.label.inside ? m.label.x + m.label.room : m.x1;
              byRow.set(m.row, [...(byRow.get(m.row) ?? []), { from: m.x0, to, id: m.placed.event.id }]);
              if (m.label) expect(m.label.x + m.label.room).toBeLessThanOrEqual(layout.plotRight + 6);
              // A label inside a mark stays inside its visible part.
              if (m.label?.inside)
                expect(m.label.x + m.label.room).toBeLessThanOrEqual(Math.min(m.x1, layout.plotRight));
              expect(m.y).toBeGreaterThan(lane.top + GEOMETRY.laneHead);
              expect(m.y).toBeLessThan(lane.top + lane.height);
            }
            for (const spans of byRow.values()) {
              const visible = spans.map((s) => ({
                ...s,
                from: Math.max(s.from, layout.plotLeft - 1),
                to: Math.min(s.to, layout.plotRight + 6),
              }));
              visible.sort((a, b) => a.from - b.from);
              for (let i = 1; i < visible.length; i++)
                expect(visible[i]?.from, `${visible[i - 1]?.id} / ${visible[i]?.id}`).toBeGreaterThanOrEqual(
                  visible[i - 1]?.to ?? 0,
                );
            }
          }
        });

  it('shows only the events inside the window, in time order', () => {
    const layout = layoutTimeline(lanes, windows.spring2020, 1280, (p) => p.event.title.en);
    const ids = layout.marks.map((m) => m.placed.event.id);
    expect(ids[0]).toBe('grants-cip-first-call-2020-03');
    expect(ids).toContain('covid-self-isolation-2020');
    expect(ids).not.toContain('decree-2018-11-26');
    const gov = layout.lanes.find((l) => l.category === 'governance');
    expect(gov).toMatchObject({ before: 4, after: 0, marks: [] });
  });

  it('labels a wide period inside its bar', () => {
    const layout = layoutTimeline(lanes, windows.spring2020, 1280, (p) => p.event.title.en);
    const self = layout.marks.find((m) => m.placed.event.id === 'covid-self-isolation-2020');
    expect(self?.label?.inside).toBe(true);
    expect(self?.label?.room).toBe(textWidth('Self-isolation for all Moscow residents', GEOMETRY.fontSize));
  });
});

describe('a lane that would stack too deep', () => {
  it('is never the case in the shipped snapshot: every lane is drawn mark by mark, well under the depth', () => {
    for (const window of Object.values(windows))
      for (const width of [320, 390, 1280])
        for (const lane of layoutTimeline(lanes, window, width, (p) => p.event.title.en).lanes) {
          expect(lane.dense).toBe(false);
          expect(lane.rows).toBeLessThanOrEqual(DENSE_ROW_DEPTH / 2);
        }
  });

  it('is drawn dense in a few rows when many events fall on the same days, though few for the width', () => {
    const lane = lanes.find((l) => l.events.length > 0)!;
    const one = lane.events[0]!;
    const count = DENSE_ROW_DEPTH + 10;
    const pile = {
      ...lane,
      events: Array.from({ length: count }, (_, i) => ({ ...one, event: { ...one.event, id: `pile-${i}` } })),
    };
    const layout = layoutTimeline([pile], windows.history, 1280, (p) => p.event.title.en);
    const [drawn] = layout.lanes;
    expect(count).toBeLessThan(1280 / 4); // not dense by count
    expect(drawn?.dense).toBe(true);
    expect(drawn?.rows).toBeLessThanOrEqual(4);
    expect(drawn?.marks).toHaveLength(count);
  });
});

import { describe, expect, it } from 'vitest';
import { placeEvent, placeEvents } from './event-layer';
import type { Snapshot, SnapshotEvent } from '../data/schema';

const base: SnapshotEvent = {
  id: 'e',
  category: 'covid',
  title: { en: 'E', ru: 'Е' },
  start: { value: '2020-03-30', precision: 'day' },
  sources: [{ source: 'seed', locator: 'x' }],
};

describe('event layer', () => {
  it('turns a range into a span that ends after its last day', () => {
    const p = placeEvent({ ...base, end: { value: '2020-06-09', precision: 'day' } });
    expect(new Date(p.start).toISOString().slice(0, 10)).toBe('2020-03-30');
    expect(new Date(p.end).toISOString().slice(0, 10)).toBe('2020-06-10');
    expect(p.isRange).toBe(true);
  });
  it('keeps a month-precise point as a band across the month', () => {
    const p = placeEvent({ ...base, start: { value: '2020-04', precision: 'month' } });
    expect(new Date(p.start).toISOString().slice(0, 10)).toBe('2020-04-01');
    expect(new Date(p.end).toISOString().slice(0, 10)).toBe('2020-05-01');
    expect(p.isRange).toBe(false);
    expect(p.precision).toBe('month');
  });

  it("places a snapshot's events once, and gives each caller its own list of the chosen lanes in time order", () => {
    const at = (id: string, category: SnapshotEvent['category'], value: string): SnapshotEvent => ({
      ...base,
      id,
      category,
      start: { value, precision: 'day' },
    });
    const snapshot = {
      events: [
        at('c', 'covid', '2020-06-01'),
        at('g', 'grants', '2020-01-01'),
        at('a', 'covid', '2020-03-01'),
      ],
    } as Snapshot;
    const all = placeEvents(snapshot);
    expect(all.map((p) => p.event.id)).toEqual(['g', 'a', 'c']);
    expect(placeEvents(snapshot, ['covid']).map((p) => p.event.id)).toEqual(['a', 'c']);
    // The same placed entries each time (placed once), in a new list each time (a caller may filter or sort it).
    const again = placeEvents(snapshot);
    expect(again).not.toBe(all);
    expect(again[0]).toBe(all[0]);
    // Another snapshot object is placed afresh.
    expect(placeEvents({ events: [at('x', 'grants', '2021-01-01')] } as Snapshot)[0]?.event.id).toBe('x');
  });
});

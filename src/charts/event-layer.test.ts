import { describe, expect, it } from 'vitest';
import { placeEvent } from './event-layer';
import type { SnapshotEvent } from '../data/schema';

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
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centreWindowOn,
  clampWindow,
  COVID_WINDOW,
  DAY,
  dataExtent,
  MIN_SPAN,
  panWindow,
  sameDays,
  windowFromRange,
  windowToRange,
  zoomWindow,
} from './timeline-window';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const extent = { start: utc(2018, 1), end: utc(2027, 1) };

describe('zoom and pan of the time window', () => {
  it('zooms in around the centre by default and around the pointer when asked', () => {
    const span = COVID_WINDOW.end - COVID_WINDOW.start;
    const z = zoomWindow(COVID_WINDOW, 0.5, extent);
    expect(z.end - z.start).toBe(span / 2);
    expect((z.start + z.end) / 2).toBe((COVID_WINDOW.start + COVID_WINDOW.end) / 2);
    // Anchored at the left edge: the left edge stays put.
    const left = zoomWindow(COVID_WINDOW, 0.5, extent, 0);
    expect(left.start).toBe(COVID_WINDOW.start);
    expect(left.end - left.start).toBe((COVID_WINDOW.end - COVID_WINDOW.start) / 2);
  });

  it('never zooms closer than two weeks nor wider than the data', () => {
    let w = COVID_WINDOW;
    for (let i = 0; i < 20; i++) w = zoomWindow(w, 0.5, extent);
    expect(w.end - w.start).toBe(MIN_SPAN);
    for (let i = 0; i < 20; i++) w = zoomWindow(w, 2, extent);
    expect(w).toEqual(extent);
  });

  it('pans by a fraction of the width and stops at the edges of the data', () => {
    const later = panWindow(COVID_WINDOW, 0.25, extent);
    const span = COVID_WINDOW.end - COVID_WINDOW.start;
    expect(later).toEqual({ start: COVID_WINDOW.start + span / 4, end: COVID_WINDOW.end + span / 4 });
    const far = panWindow(COVID_WINDOW, -10, extent);
    expect(far.start).toBe(extent.start);
    expect(far.end - far.start).toBe(COVID_WINDOW.end - COVID_WINDOW.start);
  });

  it('keeps any window inside the extent and at least two weeks wide', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc(2000, 1), max: utc(2040, 1) }),
        fc.integer({ min: 0, max: 40 * 365 * DAY }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (start, span, factor, anchor) => {
          const w = zoomWindow(clampWindow({ start, end: start + span }, extent), factor, extent, anchor);
          expect(w.start).toBeGreaterThanOrEqual(extent.start);
          expect(w.end).toBeLessThanOrEqual(extent.end);
          expect(w.end - w.start).toBeGreaterThanOrEqual(MIN_SPAN - 1);
        },
      ),
    );
  });

  it('centres an event that is out of view, widening the window if the event is longer', () => {
    const w = centreWindowOn(COVID_WINDOW, utc(2018, 11, 26), utc(2018, 11, 27), extent);
    expect(w.start).toBe(extent.start);
    expect(w.end - w.start).toBe(COVID_WINDOW.end - COVID_WINDOW.start);
  });
});

describe('the window in the URL', () => {
  it('reads ?range= days and clamps them to the data', () => {
    expect(windowFromRange(['2020-03-01', '2020-07-01'], extent, COVID_WINDOW)).toEqual({
      window: { start: utc(2020, 3), end: utc(2020, 7) },
      outside: false,
    });
    const narrow = windowFromRange(['2020-03-01', '2020-03-03'], extent, COVID_WINDOW).window;
    expect(narrow.end - narrow.start).toBe(MIN_SPAN);
  });

  it('falls back to the default for a range wholly outside the data, and says so', () => {
    expect(windowFromRange(['1990-01-01', '1991-01-01'], extent, COVID_WINDOW)).toEqual({
      window: COVID_WINDOW,
      outside: true,
    });
    expect(windowFromRange(undefined, extent, COVID_WINDOW)).toEqual({
      window: COVID_WINDOW,
      outside: false,
    });
  });

  it('writes whole days and compares windows by day', () => {
    expect(windowToRange({ start: utc(2020, 1) + 3_600_000, end: utc(2020, 2) - 3_600_000 })).toEqual([
      '2020-01-01',
      '2020-02-01',
    ]);
    expect(sameDays(COVID_WINDOW, { start: COVID_WINDOW.start + 1000, end: COVID_WINDOW.end })).toBe(true);
  });

  it('derives the extent from the first event and the compilation date', () => {
    const e = dataExtent([{ start: utc(2018, 11, 26), end: utc(2018, 11, 27) }], '2026-12-01');
    expect(windowToRange(e)).toEqual(['2018-01-01', '2027-01-01']);
  });
});

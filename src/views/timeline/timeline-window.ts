/**
 * The visible time window of the timeline and how zoom and pan change it. Pure functions on
 * [start, end) in UTC milliseconds, so the maths is unit-tested without a DOM (d3-zoom is not a dependency).
 */
import type { TimeWindow } from '../../charts/time-ticks';
import { DAY_MS } from '../../data/calendar';
import { maxOf, minOf } from '../../lib/extremes';

export const DAY = DAY_MS;
/** Narrower than two weeks, a day-precise dataset shows nothing more. */
export const MIN_SPAN = 14 * DAY;

export type { TimeWindow };

/** The COVID-19 period the issue asks to open on: 2020 and 2021. */
export const COVID_WINDOW: TimeWindow = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2022, 0, 1) };

/**
 * Keeps a window inside `extent`: no narrower than MIN_SPAN, no wider than the extent, shifted (not
 * shrunk) back inside when it runs over an edge.
 */
export function clampWindow(w: TimeWindow, extent: TimeWindow): TimeWindow {
  const maxSpan = extent.end - extent.start;
  const span = Math.min(maxSpan, Math.max(MIN_SPAN, w.end - w.start));
  const centre = (w.start + w.end) / 2;
  let start = centre - span / 2;
  if (start < extent.start) start = extent.start;
  if (start + span > extent.end) start = extent.end - span;
  return { start, end: start + span };
}

/**
 * Zooms by `factor` (< 1 zooms in) keeping the instant at `anchor` (0 = left edge, 1 = right edge)
 * where it is on screen, as a pointer-centred zoom should.
 */
export function zoomWindow(w: TimeWindow, factor: number, extent: TimeWindow, anchor = 0.5): TimeWindow {
  const span = w.end - w.start;
  const maxSpan = extent.end - extent.start;
  const next = Math.min(maxSpan, Math.max(MIN_SPAN, span * factor));
  const at = w.start + span * anchor;
  const start = at - next * anchor;
  return clampWindow({ start, end: start + next }, extent);
}

/** Moves the window by `fraction` of its width (positive = later in time). */
export function panWindow(w: TimeWindow, fraction: number, extent: TimeWindow): TimeWindow {
  const shift = (w.end - w.start) * fraction;
  return clampWindow({ start: w.start + shift, end: w.end + shift }, extent);
}

/** Moves the window so that it is centred on [from, to), keeping its width (or widening it to fit). */
export function centreWindowOn(w: TimeWindow, from: number, to: number, extent: TimeWindow): TimeWindow {
  const span = Math.max(w.end - w.start, (to - from) * 1.25);
  const centre = (from + to) / 2;
  return clampWindow({ start: centre - span / 2, end: centre + span / 2 }, extent);
}

const isoDay = (ms: number) => new Date(Math.round(ms / DAY) * DAY).toISOString().slice(0, 10);
const parseDay = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The window as `?range=` days (start inclusive, end exclusive), rounded to whole days. */
export function windowToRange(w: TimeWindow): readonly [string, string] {
  return [isoDay(w.start), isoDay(w.end)];
}

/**
 * The window a `?range=` asks for, clamped to the extent. `outside` is true when the range does not
 * touch the data at all, so the view can say that it ignored it.
 */
export function windowFromRange(
  range: readonly [string, string] | undefined,
  extent: TimeWindow,
  fallback: TimeWindow,
): { window: TimeWindow; outside: boolean } {
  if (!range) return { window: clampWindow(fallback, extent), outside: false };
  const asked = { start: parseDay(range[0]), end: parseDay(range[1]) };
  if (asked.end <= extent.start || asked.start >= extent.end)
    return { window: clampWindow(fallback, extent), outside: true };
  return { window: clampWindow(asked, extent), outside: false };
}

/** Same window to the day: used for the pressed state of presets and to keep default URLs clean. */
export function sameDays(a: TimeWindow, b: TimeWindow): boolean {
  const [a0, a1] = windowToRange(a);
  const [b0, b1] = windowToRange(b);
  return a0 === b0 && a1 === b1;
}

/**
 * The extent the timeline can show: from 1 January of the first event's year to the end of the year in
 * which the snapshot was compiled (or of the last event, if later). Derived from the data, not hard-coded.
 */
export function dataExtent(spans: readonly { start: number; end: number }[], compiled: string): TimeWindow {
  const first = minOf(spans.map((s) => s.start));
  const last = Math.max(maxOf(spans.map((s) => s.end - 1)), parseDay(compiled));
  const startYear = new Date(Number.isFinite(first) ? first : parseDay(compiled)).getUTCFullYear();
  const endYear = new Date(last).getUTCFullYear() + 1;
  return { start: Date.UTC(startYear, 0, 1), end: Date.UTC(endYear, 0, 1) };
}

/**
 * Snapshot → growth chart data. Pure: no React, no DOM. Each series keeps its own points and definition;
 * nothing here adds series together.
 */
import type { Figure, LocalizedText, PartialDate, Qualifier, Snapshot } from '../../data/schema';
import { dateEnd, dateStart } from '../../i18n/format';
import { DAY_MS } from '../../data/calendar';
import { perSnapshot } from '../../data/per-snapshot';
import type { Scale } from './growth.params';
import { maxOf, minOf } from '../../lib/extremes';

type GrowthSeries = Snapshot['growth']['series'][number];
export type SeriesId = GrowthSeries['id'];

/** A span of time in UTC milliseconds, end exclusive. */
export interface Period {
  start: number;
  end: number;
}

/** How a point's marker is drawn: filled = exact, open = a bound, dashed outline = approximate, light = derived. */
export interface ChartPoint {
  figure: Figure;
  seriesId: SeriesId;
  /** The period the date covers ("June 2020" is the whole month); a day is one day long. */
  period: Period;
  /** Where the marker sits: the middle of its period. */
  x: number;
  precision: PartialDate['precision'];
  /** The date was inferred by the snapshot ("c. 2021"). */
  dateApproximate: boolean;
  /** What kind of figure the point is: how its marker is drawn (`charts/figure-kinds`). */
  kind: Qualifier['kind'];
  /** Reported by the snapshot's primary source (the presentation). */
  primary: boolean;
}

export interface Segment {
  from: ChartPoint;
  to: ChartPoint;
  /** Dashed when either end is not an exact figure: the line between them is not known either. */
  dashed: boolean;
}

export interface ChartSeries {
  id: SeriesId;
  /** Position in the snapshot: fixes the colour and marker shape whatever is selected. */
  index: number;
  label: LocalizedText;
  definition: LocalizedText;
  points: ChartPoint[];
  segments: Segment[];
}

const DAY = DAY_MS;

/**
 * The period a partial date covers. "End of May" or "early 2020" narrow the month or year to its last or
 * first third, so the bar drawn for the date is no wider than what the source says.
 */
export function periodOf(date: PartialDate): Period {
  const start = dateStart(date);
  const end = dateEnd(date);
  if (!date.part || date.precision === 'day') return { start, end };
  const third = (end - start) / 3;
  const offset = { early: 0, mid: 1, end: 2 }[date.part];
  return { start: Math.round(start + offset * third), end: Math.round(start + (offset + 1) * third) };
}

/** `['2020-01-01', '2021-12-31']` → the window including both days. */
export function windowOf(range: readonly [string, string] | undefined): Period | undefined {
  if (!range) return undefined;
  return { start: Date.parse(`${range[0]}T00:00:00Z`), end: Date.parse(`${range[1]}T00:00:00Z`) + DAY };
}

export const overlaps = (a: Period, b: Period) => a.start < b.end && b.start < a.end;

function toPoint(figure: Figure, seriesId: SeriesId, primarySource: string): ChartPoint | null {
  if (!figure.date) return null; // an undated count cannot be placed on a time axis
  const period = periodOf(figure.date);
  return {
    figure,
    seriesId,
    period,
    x: (period.start + period.end) / 2,
    precision: figure.date.precision,
    dateApproximate: figure.date.approximate === true,
    kind: figure.qualifier.kind,
    primary: figure.sources.some((s) => s.source === primarySource),
  };
}

/**
 * Every series as reported, points in date order, with the segments between consecutive points: made once
 * per snapshot (a date window or a series toggle filters it, and does not place every point again).
 */
export const allSeries = perSnapshot((snapshot): ChartSeries[] =>
  snapshot.growth.series.map((s, index) => {
    const points = s.points
      .map((f) => toPoint(f, s.id, snapshot.primarySource))
      .filter((p): p is ChartPoint => p !== null)
      .sort((a, b) => a.x - b.x);
    return {
      id: s.id,
      index,
      label: s.label,
      definition: s.definition,
      points,
      segments: segmentsOf(points),
    };
  }),
);

function segmentsOf(points: ChartPoint[]): Segment[] {
  return points.slice(1).map((to, i) => {
    const from = points[i] as ChartPoint;
    return { from, to, dashed: from.kind !== 'exact' || to.kind !== 'exact' };
  });
}

/** The selected series, keeping only the points whose marker (the middle of its period) is in the window. */
export function buildSeries(
  snapshot: Snapshot,
  options: { series: readonly SeriesId[]; window?: Period | undefined },
): ChartSeries[] {
  const { series, window } = options;
  return allSeries(snapshot)
    .filter((s) => series.includes(s.id))
    .map((s) => {
      if (!window) return s;
      const points = s.points.filter((p) => p.x >= window.start && p.x < window.end);
      return { ...s, points, segments: segmentsOf(points) };
    })
    .filter((s) => s.points.length > 0);
}

/**
 * The time the whole record spans (all series, from the first year's 1 January), so that toggling a series
 * does not move the x axis.
 */
export function dataExtent(snapshot: Snapshot): Period {
  const points = allSeries(snapshot).flatMap((s) => s.points);
  const first = new Date(minOf(points.map((p) => p.period.start)));
  return {
    start: Date.UTC(first.getUTCFullYear(), 0, 1),
    end: maxOf(points.map((p) => p.period.end)),
  };
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The record as the first and last ISO day it covers, e.g. `['2019-01-01', '2026-01-15']`. */
export function extentDays(extent: Period): [string, string] {
  return [isoDay(extent.start), isoDay(extent.end - DAY)];
}

/** The x domain: the chosen window, or the whole record with a little room after the last point. */
export function xDomain(extent: Period, window: Period | undefined): Period {
  return window ?? { start: extent.start, end: extent.end + (extent.end - extent.start) * 0.02 };
}

/**
 * The value axis. Linear starts at zero. Log cannot show zero: it runs from the 1-2-5 step below the
 * smallest value to the one above the largest, so both ends carry a tick (always > 0).
 */
export function yDomain(values: readonly number[], scale: Scale): [number, number] {
  const max = Math.max(1, maxOf(values));
  if (scale === 'linear') return [0, max * 1.05];
  const positive = values.filter((v) => v > 0);
  const min = positive.length > 0 ? minOf(positive) : 1;
  return [step125(min / 1.05, 'down'), step125(max * 1.05, 'up')];
}

/** The nearest of 1, 2, 5 × 10^n below (or above) `v`. */
function step125(v: number, dir: 'down' | 'up'): number {
  const e = Math.floor(Math.log10(v));
  const steps = [1, 2, 5, 10].map((m) => m * 10 ** e);
  return dir === 'down' ? Math.max(...steps.filter((s) => s <= v)) : Math.min(...steps.filter((s) => s >= v));
}

/** Every citation behind the points shown, for the source line under the chart. */
export function citationsOf(series: readonly ChartSeries[]) {
  return series.flatMap((s) => s.points.flatMap((p) => p.figure.sources));
}

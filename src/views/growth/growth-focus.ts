import type { PlacedEvent } from '../../charts/event-layer';
import type { useRovingFocus } from '../../charts/use-roving-focus';
import type { ChartPoint, ChartSeries } from './growth-series';

/**
 * Where the growth chart's focusable marks sit and what they are called for the chart's roving focus
 * (one Tab stop; the arrow keys move to the nearest point, COVID-19 band or event in their direction).
 */

const clampTo = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The chart's roving focus, handed to each kind of mark (points, COVID-19 bands, events). */
export type RovingItemProps = ReturnType<typeof useRovingFocus>['itemProps'];

/** The roving-focus id of a point. */
export const pointKey = (series: ChartSeries, point: ChartPoint) => `point:${series.id}:${point.figure.id}`;

/** The stretch a COVID-19 band covers, cut at the plot's edges. */
export function bandSpan(start: number, end: number, x: (t: number) => number, left: number, right: number) {
  const x0 = clampTo(x(start), left, right);
  return { x: x0, width: Math.max(2, clampTo(x(end), left, right) - x0) };
}

/** The roving-focus id of a COVID-19 band and of an event marker. */
export const bandKey = (g: { start: number; items: PlacedEvent[] }) =>
  `covid:${g.items[0]?.event.id ?? g.start}`;
export const eventKey = (m: PlacedEvent) => `event:${m.event.id}`;

/** Where an event marker's diamond sits: the middle of its period, in its row of the strip. */
export function eventCentre(
  m: PlacedEvent,
  lane: number,
  geo: { x: (t: number) => number; left: number; right: number; top: number; metrics: { lane: number } },
) {
  const [x0, x1] = [clampTo(geo.x(m.start), geo.left, geo.right), clampTo(geo.x(m.end), geo.left, geo.right)];
  return { x0, x1, cx: (x0 + x1) / 2, cy: geo.top + lane * geo.metrics.lane + geo.metrics.lane / 2 };
}

/**
 * When the growth chart draws its event strip as paths rather than one link per event, and those paths:
 * pure, so the threshold and the drawing are testable without a browser.
 */
import { symbolDiamond } from 'd3-shape';
import { isDenseCount } from '../../charts/dense-marks';
import type { PlacedEvent } from '../../charts/event-layer';
import { eventCentre } from './growth-focus';
import type { markerMetrics } from './growth-layout';
import { symbolPathAt } from './growth-symbols';

/**
 * The lines' rule, for the strip: more events than one per 4 px of plot width. Past that the diamonds overlap
 * in every lane and one link each costs more than it helps; the shipped snapshot's 15 events would need a
 * plot under 60 px wide, so the chart at 1× is drawn event by event as before.
 */
export const isDenseStrip = (markers: readonly PlacedEvent[], plotWidth: number) =>
  isDenseCount(markers.length, plotWidth);

/** The roving-focus id of a dense strip: one Tab stop for all its events. */
export const DENSE_STRIP_KEY = 'events:strip';

const n = (v: number) => Math.round(v * 10) / 10;

export interface StripGeometry {
  x: (t: number) => number;
  left: number;
  right: number;
  top: number;
  metrics: ReturnType<typeof markerMetrics>;
}

/**
 * The path data of a dense strip: each event's diamond and, for a month, season or year, its bar, at the
 * place a single marker would have (`eventCentre`), plus the box the pointer and the focus ring use.
 */
export function denseEventPaths(
  markers: readonly PlacedEvent[],
  lanes: readonly number[],
  geo: StripGeometry,
) {
  const bars: string[] = [];
  const at = markers.map((m, i) => {
    const { x0, x1, cx, cy } = eventCentre(m, lanes[i] ?? 0, geo);
    if (m.precision !== 'day') bars.push(`M${n(x0)},${n(cy)}H${n(x1)}`);
    return [cx, cy] as const;
  });
  const rows = lanes.reduce((max, lane) => Math.max(max, lane + 1), 1);
  const pad = geo.metrics.half + 1;
  return {
    at,
    bars: bars.join(''),
    diamonds: symbolPathAt(symbolDiamond, geo.metrics.size, at),
    box: {
      x: geo.left - pad,
      y: geo.top,
      width: Math.max(0, geo.right - geo.left + 2 * pad),
      height: rows * geo.metrics.lane,
    },
  };
}

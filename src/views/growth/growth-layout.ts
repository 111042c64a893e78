/**
 * Geometry for the growth chart: scales, ticks, event lanes, direct labels, and `chartGeometry`, where
 * everything goes for a given width. Pure (no React, no DOM), so the placement rules are testable without a
 * browser.
 */
import { scaleLinear, scaleLog, scaleUtc } from 'd3-scale';
import { axisTicks, timeScale } from '../../charts/time-ticks';
import type { PlacedEvent } from '../../charts/event-layer';
import type { Language } from '../../i18n';
import type { Scale } from './growth.params';
import { assignLanes, type LabelBox, placeDirectLabels } from '../../charts/label-placement';
import { logTicks } from '../../charts/value-ticks';
import { formatNumber } from '../../i18n/format';
import { yDomain, type ChartPoint, type ChartSeries, type Period } from './growth-series';
import { textWidth } from '../../charts/text-measure';
import { maxOf } from '../../lib/extremes';

export type YScale = (value: number) => number;

export function makeYScale(kind: Scale, domain: [number, number], range: [number, number]) {
  return kind === 'log' ? scaleLog().domain(domain).range(range) : scaleLinear().domain(domain).range(range);
}

/** Value ticks: "nice" steps on a linear axis; 1-2-5 steps per decade on a log axis, fewer when short. */
export function yTicks(kind: Scale, domain: [number, number], height: number): number[] {
  if (kind === 'linear')
    return scaleLinear()
      .domain(domain)
      .ticks(Math.max(2, Math.floor(height / 55)));
  return logTicks(domain, Math.max(3, Math.floor(height / 32)));
}

/** Time ticks: years when the window is long; months (with the year at each January) when it is short. */
export function xTicks(domain: Period, width: number, lang: Language): { value: number; label: string }[] {
  return axisTicks(timeScale(domain, 0, width), lang, 75).map((t) => ({
    value: t.at,
    label: t.yearStart ? new Date(t.at).getUTCFullYear().toString() : t.label,
  }));
}

/** COVID-19 measures whose periods overlap or touch, grouped: one shaded stretch and one tooltip each. */
export function groupPeriods(
  periods: readonly PlacedEvent[],
): { start: number; end: number; items: PlacedEvent[] }[] {
  const sorted = [...periods].sort((a, b) => a.start - b.start);
  const groups: { start: number; end: number; items: PlacedEvent[] }[] = [];
  for (const p of sorted) {
    const last = groups.at(-1);
    if (last && p.start <= last.end) {
      last.end = Math.max(last.end, p.end);
      last.items.push(p);
    } else groups.push({ start: p.start, end: p.end, items: [p] });
  }
  return groups;
}

/** Event marker size: smaller diamonds in tighter rows on narrow charts, so the strip stays short. */
export function markerMetrics(width: number): { lane: number; half: number; size: number } {
  return width < 560 ? { lane: 10, half: 4, size: 34 } : { lane: 14, half: 6, size: 70 };
}

/** Lanes needed for the markers, so the chart can reserve the strip's height before drawing it. */
export function eventLanes(
  markers: readonly PlacedEvent[],
  x: (t: number) => number,
  half = 6,
  edges: [number, number] = [-Infinity, Infinity],
) {
  const clamp = (v: number) => Math.min(edges[1], Math.max(edges[0], v));
  return assignLanes(
    markers.map((m) => {
      const [x0, x1] = [clamp(x(m.start)), clamp(x(m.end))];
      const cx = (x0 + x1) / 2;
      return { start: Math.min(x0, cx - half), end: Math.max(x1, cx + half) };
    }),
    1,
  );
}

export const TOP = 16;
/** Below this width the legend alone names the lines (direct labels would crowd the plot). */
const DIRECT_LABELS_MIN_WIDTH = 560;

/** A line's label starts after its last point, or after the end of that point's period bar. */
const labelAnchor = (p: ChartPoint) => (p.precision === 'day' ? p.x : p.period.end);

export interface GeometryInput {
  series: ChartSeries[];
  markers: readonly PlacedEvent[];
  domain: Period;
  scale: Scale;
  width: number;
  lang: Language;
}

export function chartGeometry({ series, markers, domain, scale, width, lang }: GeometryInput) {
  // In steps of 20 px, so that a pre-rendered page can reserve the chart's height at every width in a few
  // rules (charts/pending-heights.ts).
  const plotH = Math.min(380, Math.max(220, Math.round((width * 0.42) / 20) * 20));
  const yDom = yDomain(
    series.flatMap((s) => s.points.map((p) => p.figure.value)),
    scale,
  );
  const yTickList = yTicks(scale, yDom, plotH).map((value) => ({
    value,
    label: formatNumber(value, lang, 0),
  }));
  // The margin grows with the widest tick label, but never past 40 % of the chart: the plot keeps its room.
  const left = Math.min(
    Math.round(width * 0.4),
    Math.max(28, ...yTickList.map((tk) => textWidth(tk.label))) + 10,
  );

  // Room on the right for the labels of lines that end near the right edge; too much room → no labels.
  const ends = series.map((s) => ({ s, last: s.points.at(-1), w: textWidth(s.label[lang], 12.5, 600) }));
  const span = domain.end - domain.start;
  let right = 12;
  if (width >= DIRECT_LABELS_MIN_WIDTH)
    for (const { last, w } of ends) {
      const f = last ? Math.max(0.01, (labelAnchor(last) - domain.start) / span) : 0.01;
      right = Math.max(right, width - left - (width - 10 - w - left) / f);
    }
  const wantLabels = width >= DIRECT_LABELS_MIN_WIDTH && right <= width * 0.32;
  if (!wantLabels) right = 12;

  const xScale = scaleUtc()
    .domain([domain.start, domain.end])
    .range([left, width - right]);
  const x = (t: number) => xScale(t);
  const y = makeYScale(scale, yDom, [TOP + plotH, TOP]);
  const metrics = markerMetrics(width);
  const lanes = eventLanes(markers, x, metrics.half, [left, width - right]);
  const stripTop = TOP + plotH + 8;
  const stripH = markers.length > 0 ? (maxOf(lanes) + 1) * metrics.lane + 6 : 0;
  const axisY = stripTop + stripH + 16;

  const labels = wantLabels
    ? placeDirectLabels(
        ends.flatMap(({ s, last, w }): LabelBox[] =>
          last ? [{ key: s.id, x: x(labelAnchor(last)) + 10, y: y(last.figure.value) + 4, width: w }] : [],
        ),
        width,
      )
    : null;

  return {
    left,
    right: width - right,
    plotTop: TOP,
    plotBottom: TOP + plotH,
    x,
    y,
    yTicks: yTickList,
    xTicks: xTicks(domain, width - left - right, lang),
    lanes,
    metrics,
    stripTop,
    stripH,
    axisY,
    height: axisY + 8,
    labels,
  };
}

export type Geometry = ReturnType<typeof chartGeometry>;

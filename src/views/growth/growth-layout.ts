/**
 * Geometry for the growth chart: scales, ticks, event lanes and direct labels. Pure (no React, no DOM), so
 * the placement rules are testable without a browser.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { axisTicks, timeScale } from '../../charts/time-ticks';
import type { PlacedEvent } from '../../charts/event-layer';
import type { Language } from '../../i18n';
import type { Scale } from './growth.params';
import type { Period } from './growth-series';
import { assignLanes } from '../../charts/label-placement';
import { logTicks } from '../../charts/value-ticks';

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

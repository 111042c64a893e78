/**
 * The "20-fold" growth: the multiples the sources state, and a ratio the dashboard computes from two points
 * of one series, with its basis kept explicit. Pure: no React, no DOM.
 */
import type { Figure, Qualifier, Snapshot } from '../../data/schema';
import { dateStart, formatNumber } from '../../i18n/format';
import { allSeries, type ChartPoint, type SeriesId } from './growth-series';

/** The multiple the presentation states ("increased 20 times"): the one citing the primary source. */
export function primaryMultiple(snapshot: Snapshot): Figure | undefined {
  return snapshot.growth.multiples.find((m) => m.sources.some((s) => s.source === snapshot.primarySource));
}

/** The multiples stated by other sources (e.g. "almost 20-fold", 1 December 2020). */
export function otherMultiples(snapshot: Snapshot): Figure[] {
  const primary = primaryMultiple(snapshot);
  return snapshot.growth.multiples.filter((m) => m !== primary);
}

export interface Basis {
  seriesId: SeriesId;
  from: ChartPoint;
  to: ChartPoint;
}

/** What the computed ratio can and cannot say, from the qualifiers of its two ends. */
export type RatioCaveat = 'exact' | 'smaller' | 'larger' | 'indicative' | 'approximate';

export interface GrowthRatio extends Basis {
  /** to ÷ from, unrounded. */
  value: number;
  caveat: RatioCaveat;
  /** At least one end has a date the snapshot inferred. */
  datesInferred: boolean;
}

/**
 * The default basis: the points a dated stated multiple rests on. "Almost 20-fold … to more than 13,000"
 * (1 December 2020) ends at the series point with the same date and source, and counts "since early 2020",
 * so it starts at that series' first point in the same calendar year.
 */
export function defaultBasis(snapshot: Snapshot): Basis | undefined {
  const series = allSeries(snapshot);
  for (const multiple of snapshot.growth.multiples) {
    if (!multiple.date) continue;
    const day = dateStart(multiple.date);
    const sourceIds = new Set(multiple.sources.map((s) => s.source));
    for (const s of series) {
      const to = s.points.find(
        (p) =>
          p.figure.date &&
          dateStart(p.figure.date) === day &&
          p.figure.sources.some((c) => sourceIds.has(c.source)),
      );
      if (!to) continue;
      const year = new Date(to.period.start).getUTCFullYear();
      const from = s.points.find(
        (p) => p !== to && p.x < to.x && new Date(p.period.start).getUTCFullYear() === year,
      );
      if (from) return { seriesId: s.id, from, to };
    }
  }
  // No stated multiple to anchor on: the first and last point of the first series with two points.
  const first = series.find((s) => s.points.length >= 2);
  const from = first?.points[0];
  const to = first?.points.at(-1);
  return first && from && to ? { seriesId: first.id, from, to } : undefined;
}

/**
 * The basis named by `?from=&to=`: both must be points of the same series, `from` earlier than `to`.
 * Anything else falls back to the default, and the rejected parameters are named.
 */
export function resolveBasis(
  snapshot: Snapshot,
  fromId: string | undefined,
  toId: string | undefined,
): { basis: Basis | undefined; invalid: { name: string; raw: string }[] } {
  const fallback = defaultBasis(snapshot);
  if (fromId === undefined && toId === undefined) return { basis: fallback, invalid: [] };
  const points = new Map(allSeries(snapshot).flatMap((s) => s.points.map((p) => [p.figure.id, p] as const)));
  const find = (id: string | undefined) => (id === undefined ? undefined : points.get(id));
  const from = find(fromId) ?? (fromId === undefined ? fallback?.from : undefined);
  const to = find(toId) ?? (toId === undefined ? fallback?.to : undefined);
  if (from && to && from.seriesId === to.seriesId && from.x < to.x)
    return { basis: { seriesId: from.seriesId, from, to }, invalid: [] };
  const invalid: { name: string; raw: string }[] = [];
  if (fromId !== undefined) invalid.push({ name: 'from', raw: fromId });
  if (toId !== undefined) invalid.push({ name: 'to', raw: toId });
  return { basis: fallback, invalid };
}

/** Which way a bound pushes the ratio: a lower-bound start overstates it, a lower-bound end understates it. */
function direction(q: Qualifier, end: 'from' | 'to'): -1 | 0 | 1 | null {
  if (q.kind === 'exact') return 0;
  if (q.kind === 'lowerBound') return end === 'from' ? -1 : 1;
  if (q.kind === 'upperBound') return end === 'from' ? 1 : -1;
  return null; // approximate or derived: no direction is known
}

export function computeRatio(basis: Basis): GrowthRatio {
  const { from, to } = basis;
  const a = direction(from.figure.qualifier, 'from');
  const b = direction(to.figure.qualifier, 'to');
  let caveat: RatioCaveat;
  if (a === null || b === null) caveat = 'approximate';
  else if (a === 0 && b === 0) caveat = 'exact';
  else if (a * b < 0) caveat = 'indicative';
  else caveat = a + b > 0 ? 'larger' : 'smaller';
  return {
    ...basis,
    value: to.figure.value / from.figure.value,
    caveat,
    datesInferred: from.dateApproximate || to.dateApproximate,
  };
}

/** "13,000 ÷ 700": the formula with the basis values, in one language. */
export function ratioFormula(ratio: GrowthRatio, lang: 'en' | 'ru'): string {
  return `${formatNumber(ratio.to.figure.value, lang)} ÷ ${formatNumber(ratio.from.figure.value, lang)}`;
}

/** The computed ratio as a derived figure, so tables draw it as derived and cite both ends. */
export function ratioFigure(ratio: GrowthRatio): Figure {
  return {
    id: `ratio-${ratio.from.figure.id}-to-${ratio.to.figure.id}`,
    value: ratio.value,
    unit: 'times',
    qualifier: {
      kind: 'derived',
      op: 'ratio',
      inputs: [ratio.to.figure.id, ratio.from.figure.id],
      formula: { en: ratioFormula(ratio, 'en'), ru: ratioFormula(ratio, 'ru') },
    },
    ...(ratio.to.figure.date ? { date: ratio.to.figure.date } : {}),
    sources: [...ratio.from.figure.sources, ...ratio.to.figure.sources],
  };
}

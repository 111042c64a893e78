/** Wording of points, events and multiples for tooltips, labels and tables (plain functions). */
import type { PlacedEvent } from '../../charts/event-layer';
import type { Figure, PartialDate, Snapshot } from '../../data/schema';
import { resolveCitations, shortSourceName } from '../../data/sources';
import type { Language, TFunction } from '../../i18n';
import { formatFigure, formatNumber, formatPartialDate } from '../../i18n/format';
import type { ChartPoint, ChartSeries } from './growth-series';
import type { GrowthT } from './growth.text';

/** "June 2020 (month)", "c. 2021 (year)": the date as worded, with its precision. */
export function datedText(date: PartialDate, lang: Language, t: TFunction, withPrecision = true): string {
  const text = formatPartialDate(date, lang, t);
  return withPrecision ? `${text} (${t(`date.precision.${date.precision}`)})` : text;
}

/** "30 March 2020 – 9 June 2020" for periods, the one date otherwise. */
export function eventDates(e: PlacedEvent, lang: Language, t: TFunction): string {
  const start = datedText(e.event.start, lang, t, e.event.start.precision !== 'day');
  return e.event.end
    ? `${start} – ${datedText(e.event.end, lang, t, e.event.end.precision !== 'day')}`
    : start;
}

/** "more than 13,000 organisations". */
export function pointValue(point: ChartPoint, lang: Language, t: TFunction): string {
  return `${formatFigure(point.figure, lang, t)} ${t(`unit.${point.figure.unit}`)}`;
}

/** "×20", "about ×20": a multiple as its source words it. */
export function multipleText(f: Figure, lang: Language, t: TFunction, g: GrowthT): string {
  const value = g('ratio.times', { value: formatNumber(f.value, lang) });
  return f.qualifier.kind === 'approximate' ? t('qualifier.approximateValue', { value }) : value;
}

/** "more than 700 (26 January 2020)". */
export function basisText(p: ChartPoint, lang: Language, t: TFunction): string {
  return `${formatFigure(p.figure, lang, t)}${p.figure.date ? ` (${formatPartialDate(p.figure.date, lang, t)})` : ''}`;
}

/** "Participants (Moscow), 1 December 2020": a point's label in downloads. */
export function pointLabel(series: ChartSeries, point: ChartPoint, lang: Language, t: TFunction): string {
  const date = point.figure.date ? formatPartialDate(point.figure.date, lang, t) : t('sources.noDate');
  return t('figureLabel.seriesPoint', { series: series.label[lang], date });
}

/** A point's accessible name: series, value as worded, date with precision, kind and sources. */
export function describePoint(
  snapshot: Snapshot,
  series: ChartSeries,
  p: ChartPoint,
  lang: Language,
  t: TFunction,
  presentation: string,
): string {
  const sources = resolveCitations(snapshot, p.figure.sources)
    .map(({ source, citation }) => (source ? shortSourceName(source) : citation.source))
    .join('; ');
  return [
    `${series.label[lang]}: ${pointValue(p, lang, t)}`,
    p.figure.date ? datedText(p.figure.date, lang, t) : '',
    t(`qualifier.${p.figure.qualifier.kind}`),
    p.primary ? presentation : '',
    `${t('chart.source')}: ${sources}`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** "Intro. (1) A. (2) B." → intro and items, matching the markers in sequence so "(2020)" is left alone. */
export function splitNumbered(text: string): { intro: string; items: string[] } {
  const first = text.indexOf('(1)');
  if (first < 0) return { intro: text, items: [] };
  const items: string[] = [];
  let rest = text.slice(first + 3);
  for (let n = 2; ; n++) {
    const marker = `(${n})`;
    const next = rest.indexOf(marker);
    if (next < 0) break;
    items.push(rest.slice(0, next).trim());
    rest = rest.slice(next + marker.length);
  }
  items.push(rest.trim());
  return { intro: text.slice(0, first).trim(), items };
}

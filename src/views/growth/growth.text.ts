import { defineViewText } from '../../i18n';
import type { PlacedEvent } from '../../charts/event-layer';
import type { Figure, PartialDate, Snapshot } from '../../data/schema';
import { resolveCitations, shortSourceName } from '../../data/sources';
import type { Language, TFunction } from '../../i18n';
import { formatFigure, formatNumber, formatPartialDate } from '../../i18n/format';
import type { ChartPoint, ChartSeries } from './growth-series';

/** The growth view's own interface text, in English and Russian. */
export const useGrowthText = defineViewText({
  en: {
    lead: 'Moscow participants, regional partners and total registrations over time, each as its sources report it. The three counts are defined differently, so they are drawn as separate lines and never added up. Hover over or focus any point for its source.',
    title: 'Organisations in the Moscow Innovation Cluster, {{years}}',
    subtitle:
      'Number of organisations as each source reports it. Open and dashed marks are not exact counts.',
    desc: 'Line chart, {{scale}} scale: {{series}}. Each point is a figure from a dated source. Tab enters the chart; the arrow keys move to the nearest point, COVID-19 period or event in that direction, Home and End to the first and last.',
    empty: 'No reported figure falls within this period.',
    controls: {
      series: 'Series',
      scale: 'Scale',
      linear: 'Linear',
      log: 'Log',
      overlay: 'Overlay',
      events: 'COVID-19 measures & events',
      period: 'Period',
      all: 'All ({{from}}–{{to}})',
      covid: 'COVID-19 period (2020–2021)',
      start: 'From',
      end: 'To',
      lastSeries: 'At least one series stays on the chart',
    },
    legend: {
      series: 'Series and their definitions',
      marks: 'Other marks',
      bar: 'bar: the month, season or year a date covers',
      barInferred: 'dotted bar: date inferred by the snapshot (“c.”)',
      dashed: 'dashed line: an end is not an exact count',
      primary: 'ring: the presentation’s figure',
      covid: 'shading: COVID-19 measures in force in Moscow',
      event: 'diamond: cluster event (select it to open the timeline)',
    },
    tip: {
      presentation: 'The presentation’s figure',
      date: '{{date}} ({{precision}})',
      openTimeline: 'Select to open the stress-test timeline',
      covid: 'COVID-19 measures in force',
      densePoint: 'Point {{at}} of {{count}} on this line: ← and → move along it',
      denseEvent: 'Event {{at}} of {{count}} in date order: ← and → move along the strip',
    },
    annotation: 'the presentation’s figure',
    eventsAxis: 'Events',
    notes: 'About these figures',
    ratio: {
      title: 'The “20-fold” growth',
      subtitle:
        'Two sources state a multiple; the dashboard can also compute one from any two points of the same series.',
      stated: 'Stated by the source',
      seed: 'The presentation',
      periodNotStated: 'period not stated',
      times: '×{{value}}',
      derived: 'Derived by the dashboard',
      formula: 'Formula: to ÷ from',
      equation: '{{to}} ÷ {{from}} = ×{{value}}',
      basis: '{{series}}: from {{from}} to {{to}}',
      from: 'From',
      to: 'To',
      sameSeries:
        'Both points are from the series “{{series}}”; points of different series are never compared.',
      caveat: {
        exact: 'Both ends are exact counts.',
        smaller:
          'The start is a lower bound (“more than”), so the true multiple is probably smaller than this.',
        larger: 'The end is a lower bound (“more than”), so the true multiple is probably larger than this.',
        indicative:
          'Both ends are lower bounds (“more than”), so this ratio is indicative only: the true multiple could be smaller or larger.',
        approximate: 'At least one end is approximate, so the ratio is approximate too.',
      },
      datesInferred: 'At least one date was inferred by the snapshot (“c.”).',
      differentSources: 'The two ends come from different sources.',
      // Drawn only past the first few, so the count is never 1.
      showAll: 'Show all {{count}} stated multiples',
      showFirst: 'Show only the first {{count}}',
    },
    table: {
      definitions: 'Series definitions',
      pointsCaption: 'Member growth: {{count}} reported points ({{series}}), in date order',
      window: 'period {{from}} – {{to}}',
      series: 'Series',
      value: 'Organisations (as worded)',
      precision: 'Precision',
      note: 'Note',
      multiplesCaption: 'Growth multiples: stated by the sources, and derived by the dashboard',
      multiple: 'Multiple (times)',
      what: 'Multiple',
      statedRow: 'Stated: {{source}}',
      derivedRow: 'Derived by the dashboard: {{series}}, {{from}} → {{to}}',
    },
  } as const,
  ru: {
    lead: 'Московские участники, региональные партнёры и общее число зарегистрированных во времени — так, как их приводит каждый источник. Эти три показателя определяются по-разному, поэтому они показаны отдельными линиями и никогда не складываются. Наведите курсор на точку или выберите её клавиатурой, чтобы увидеть источник.',
    title: 'Организации Московского инновационного кластера, {{years}}',
    subtitle: 'Число организаций по данным каждого источника. Полые и пунктирные метки — не точные значения.',
    desc: 'Линейный график, шкала: {{scale}}; ряды: {{series}}. Каждая точка — число из датированного источника. Клавиша Tab переводит в график; стрелки переходят к ближайшей точке, периоду COVID-19 или событию в их направлении, Home и End — к первой и последней.',
    empty: 'За этот период нет ни одного опубликованного значения.',
    controls: {
      series: 'Ряды',
      scale: 'Шкала',
      linear: 'Линейная',
      log: 'Логарифмическая',
      overlay: 'Слой событий',
      events: 'Меры против COVID-19 и события',
      period: 'Период',
      all: 'Весь ({{from}}–{{to}})',
      covid: 'Период COVID-19 (2020–2021)',
      start: 'С',
      end: 'По',
      lastSeries: 'На графике должен остаться хотя бы один ряд',
    },
    legend: {
      series: 'Ряды и их определения',
      marks: 'Прочие обозначения',
      bar: 'отрезок: месяц, сезон или год, к которому относится дата',
      barInferred: 'пунктирный отрезок: дата выведена составителями («ок.»)',
      dashed: 'пунктирная линия: один из концов — не точное значение',
      primary: 'кольцо: число из презентации',
      covid: 'заливка: меры против COVID-19, действовавшие в Москве',
      event: 'ромб: событие кластера (выберите, чтобы открыть хронологию)',
    },
    tip: {
      presentation: 'Число из презентации',
      date: '{{date}} ({{precision}})',
      openTimeline: 'Выберите, чтобы открыть хронологию стресс-теста',
      covid: 'Действовавшие меры против COVID-19',
      densePoint: 'Точка {{at}} из {{count}} на этой линии: ← и → перемещают по ней',
      denseEvent: 'Событие {{at}} из {{count}} по порядку дат: ← и → перемещают по полосе',
    },
    annotation: 'число из презентации',
    eventsAxis: 'События',
    notes: 'Об этих данных',
    ratio: {
      title: 'Рост «в 20 раз»',
      subtitle:
        'Два источника называют кратность роста; панель может также вычислить её по любым двум точкам одного ряда.',
      stated: 'Как указано в источнике',
      seed: 'Презентация',
      periodNotStated: 'период не указан',
      times: '×{{value}}',
      derived: 'Вычислено панелью',
      formula: 'Формула: конец ÷ начало',
      equation: '{{to}} ÷ {{from}} = ×{{value}}',
      basis: '{{series}}: начало — {{from}}, конец — {{to}}',
      from: 'Начало',
      to: 'Конец',
      sameSeries: 'Обе точки взяты из ряда «{{series}}»; точки разных рядов никогда не сравниваются.',
      caveat: {
        exact: 'Оба конца — точные значения.',
        smaller:
          'Начальное значение — нижняя граница («более»), поэтому истинная кратность, вероятно, меньше.',
        larger: 'Конечное значение — нижняя граница («более»), поэтому истинная кратность, вероятно, больше.',
        indicative:
          'Оба конца — нижние границы («более»), поэтому это отношение лишь ориентировочное: истинная кратность может быть как меньше, так и больше.',
        approximate: 'Хотя бы один конец — приблизительное значение, поэтому и отношение приблизительное.',
      },
      datesInferred: 'Хотя бы одна дата выведена составителями («ок.»).',
      differentSources: 'Значения на концах взяты из разных источников.',
      showAll: 'Показать все кратности, указанные в источниках ({{count}})',
      showFirst: 'Показать только первые {{count}}',
    },
    table: {
      definitions: 'Определения рядов',
      pointsCaption: 'Рост числа участников: {{count}} опубликованных значений ({{series}}), по дате',
      window: 'период {{from}} – {{to}}',
      series: 'Ряд',
      value: 'Число (как в источнике)',
      precision: 'Точность',
      note: 'Примечание',
      multiplesCaption: 'Кратность роста: указанная в источниках и вычисленная панелью',
      multiple: 'Кратность (раз)',
      what: 'Показатель',
      statedRow: 'Указано: {{source}}',
      derivedRow: 'Вычислено панелью: {{series}}, {{from}} → {{to}}',
    },
  },
});

export type GrowthT = ReturnType<typeof useGrowthText>;

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

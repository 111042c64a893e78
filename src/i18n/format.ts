/**
 * Locale-aware formatting of figures and partial dates. Pure functions: they take the translation
 * function so that tests and exports can format in any language.
 */
import type { Figure, PartialDate, Qualifier } from '../data/schema';
import type { Language, TFunction } from './index';
import { formatDecimal } from './number-format';
import { DAY_MS } from '../data/calendar';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `15800` → "15,800" (en) or "15 800" (ru); Intl only for what is not a finite number. */
export function formatNumber(value: number, lang: Language, maximumFractionDigits = 1): string {
  if (Number.isFinite(value)) return formatDecimal(value, lang, maximumFractionDigits);
  const key = `${lang}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat` in UTC, under `key` (its language and options): making one costs far more than using it. */
function intlDateFormat(key: string, lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = dateFormats.get(key);
  if (!format) {
    // British order ("30 March 2020"), as in the dashboard's British English and the Russian dates.
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Every date written so far, by language, options and instant. A pre-rendered page carries the ones its HTML
 * holds (`takeWrittenDates`, `seedWrittenDates`), so hydrating it asks Intl for none: a page's first
 * `Intl.DateTimeFormat` costs Chromium 30–50 ms of main thread (its calendar data is set up on first use).
 */
const writtenDates = new Map<string, string>();
/** Past this many, the table starts again: a zoom through ten years of days writes a few thousand. */
const WRITTEN_DATES_LIMIT = 20_000;

/**
 * The dates written since the last call, and a fresh table: for a pre-rendered page to carry (prerender.tsx).
 * Grouped by language and options, each instant a whole day (`d18351`) where it is one, in milliseconds
 * otherwise: the table is in every page's first round trip, and this writes it in a third fewer bytes.
 */
export function takeWrittenDates(): Record<string, Record<string, string>> {
  const table: Record<string, Record<string, string>> = {};
  for (const [key, text] of writtenDates) {
    const cut = key.lastIndexOf('|') + 1;
    const ms = Number(key.slice(cut));
    (table[key.slice(0, cut)] ??= {})[ms % DAY_MS === 0 ? `d${ms / DAY_MS}` : String(ms)] = text;
  }
  writtenDates.clear();
  return table;
}

/** Starts the table from a pre-rendered page's dates (`takeWrittenDates`), written by the same Intl rules. */
export function seedWrittenDates(table: Record<string, unknown>): void {
  for (const [prefix, dates] of Object.entries(table)) {
    if (dates === null || typeof dates !== 'object') continue;
    for (const [instant, text] of Object.entries(dates)) {
      const ms = instant.startsWith('d') ? Number(instant.slice(1)) * DAY_MS : Number(instant);
      if (typeof text === 'string' && Number.isFinite(ms)) writtenDates.set(prefix + String(ms), text);
    }
  }
}

const datePrefix = (lang: string, options: Intl.DateTimeFormatOptions) =>
  `${lang}|${JSON.stringify(options)}|`;
const DAY_MONTH_YEAR: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const MONTH_YEAR: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };

/**
 * Makes the date formats every figure's date is written with, ahead of the render that writes them. A page
 * rendered afresh calls this while it waits for its data, when the main thread is idle: the first one costs
 * 40-60 ms, which inside the render was part of one long task at 100× the data.
 */
export function prepareDateFormats(lang: Language): void {
  for (const options of [DAY_MONTH_YEAR, MONTH_YEAR])
    intlDateFormat(datePrefix(lang, options), lang, options);
}

/** Writes instants in UTC in `lang` (British order in English), each through the table of dates written. */
export function dateFormat(
  lang: string,
  options: Intl.DateTimeFormatOptions,
): { format(date: number | Date): string } {
  const prefix = datePrefix(lang, options);
  return {
    format(date) {
      const ms = typeof date === 'number' ? date : date.getTime();
      const key = prefix + String(ms);
      let text = writtenDates.get(key);
      if (text === undefined) {
        text = intlDateFormat(prefix, lang, options).format(ms);
        if (writtenDates.size >= WRITTEN_DATES_LIMIT) writtenDates.clear();
        writtenDates.set(key, text);
      }
      return text;
    },
  };
}

/** The bare value with its unit where the unit is a symbol (%), e.g. "48 %" in Russian, "48%" in English. */
export function formatValue(figure: Pick<Figure, 'value' | 'unit'>, lang: Language): string {
  const n = formatNumber(figure.value, lang);
  if (figure.unit === 'percent') return lang === 'ru' ? `${n}\u00a0%` : `${n}%`;
  return n;
}

/** The value as a reader should say it: "more than 6,500", "about 41,000", "7,584". */
export function formatFigure(
  figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>,
  lang: Language,
  t: TFunction,
): string {
  const value = formatValue(figure, lang);
  switch (figure.qualifier.kind) {
    case 'lowerBound':
      return t('qualifier.lowerBoundValue', { value });
    case 'upperBound':
      return t('qualifier.upperBoundValue', { value });
    case 'approximate':
      return t('qualifier.approximateValue', { value });
    default:
      return value;
  }
}

/** A compact sign for charts and tables: ">" lower bound, "<" upper bound, "≈" approximate, "=" derived. */
export function qualifierMark(q: Qualifier): string {
  switch (q.kind) {
    case 'lowerBound':
      return '>';
    case 'upperBound':
      return '<';
    case 'approximate':
      return '≈';
    case 'derived':
      return '=';
    case 'exact':
      return '';
  }
}

const SEASONS = ['winter', 'spring', 'summer', 'autumn'] as const;

/** "15 June 2020", "June 2020", "autumn 2020", "2020", "end of June 2021"; Russian with correct grammar. */
export function formatPartialDate(date: PartialDate, lang: Language, t: TFunction): string {
  const [yearText = '', second = '', third] = date.value.split('-');
  const year = Number(yearText);
  let text: string;
  switch (date.precision) {
    case 'day':
      text = dateFormat(lang, DAY_MONTH_YEAR).format(Date.UTC(year, Number(second) - 1, Number(third)));
      break;
    case 'month':
      text =
        date.part && lang === 'ru'
          ? ruGenitiveMonth(year, Number(second))
          : monthYear(year, Number(second), lang);
      break;
    case 'season': {
      const season = SEASONS.find((s) => s === second) ?? 'winter';
      text = t(`date.${season}`, { year: yearText });
      break;
    }
    case 'year':
      text = lang === 'ru' && date.part ? `${yearText} года` : yearText;
      break;
  }
  if (date.part) text = t(`date.${date.part}`, { date: text });
  if (date.approximate) text = t('date.approximate', { date: text });
  return text;
}

function monthYear(year: number, month: number, lang: Language): string {
  const text = dateFormat(lang, MONTH_YEAR).format(Date.UTC(year, month - 1, 1));
  // Russian Intl gives "июнь 2020 г."; the dashboard writes "июнь 2020".
  return lang === 'ru' ? text.replace(/\s*г\.$/, '') : text;
}

/** "июня 2021" for "конец июня 2021": Russian needs the genitive month after "начало/середина/конец". */
function ruGenitiveMonth(year: number, month: number): string {
  // "1 июня 2021 г." without its day and "г.": the month as a day's date declines it.
  const text = dateFormat('ru', DAY_MONTH_YEAR).format(Date.UTC(year, month - 1, 1));
  return text.replace(/^\d+\s+/, '').replace(/\s*г\.$/, '');
}

/** Start of the period a partial date covers, as a UTC timestamp; used for sorting and plotting. */
export function dateStart(date: PartialDate): number {
  const [yearText = '', second = '', third] = date.value.split('-');
  const year = Number(yearText);
  switch (date.precision) {
    case 'day':
      return Date.UTC(year, Number(second) - 1, Number(third));
    case 'month':
      return Date.UTC(year, Number(second) - 1, 1);
    case 'season': {
      // Meteorological seasons; winter YYYY starts in December of the year before.
      const startMonth =
        { winter: -1, spring: 2, summer: 5, autumn: 8 }[second as (typeof SEASONS)[number]] ?? 0;
      return Date.UTC(year, startMonth, 1);
    }
    case 'year':
      return Date.UTC(year, 0, 1);
  }
}

/** End (exclusive) of the period a partial date covers. */
export function dateEnd(date: PartialDate): number {
  const start = new Date(dateStart(date));
  switch (date.precision) {
    case 'day':
      return Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1);
    case 'month':
      return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
    case 'season':
      return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 3, 1);
    case 'year':
      return Date.UTC(start.getUTCFullYear() + 1, 0, 1);
  }
}

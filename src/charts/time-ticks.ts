/**
 * The one time-axis tick generator (growth and timeline). Ticks for the visible window: d3's UTC scale picks the instants, Intl.DateTimeFormat words
 * them in the interface language (Russian month names in Russian). Pure, for unit tests.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Language } from '../i18n';
import { dateFormat } from '../i18n/format';
import { DAY_MS } from '../data/calendar';

const DAY = DAY_MS;

/** A stretch of time in UTC milliseconds, end exclusive. */
export interface TimeWindow {
  start: number;
  end: number;
}

export interface AxisTick {
  at: number;
  x: number;
  /** "2020", "Apr", "15 Apr". */
  label: string;
  /** The year under a month or day tick, shown where the year changes and on the first tick. */
  year?: string;
  /** A tick on 1 January: drawn as a stronger grid line. */
  yearStart: boolean;
}

export function timeScale(window: TimeWindow, left: number, right: number): ScaleTime<number, number> {
  return scaleUtc().domain([window.start, window.end]).range([left, right]);
}

/** Ticks about every `spacing` pixels; the unit (year, month, day) follows from d3's choice of interval. */
export function axisTicks(scale: ScaleTime<number, number>, lang: Language, spacing = 80): AxisTick[] {
  const [left = 0, right = 0] = scale.range();
  const count = Math.max(2, Math.floor((right - left) / spacing));
  const dates = scale.ticks(count);
  const step = dates.length > 1 ? (dates[1]?.getTime() ?? 0) - (dates[0]?.getTime() ?? 0) : 365 * DAY;
  const unit = step >= 360 * DAY ? 'year' : step >= 28 * DAY ? 'month' : 'day';
  let lastYear = '';
  return dates.map((date) => {
    const year = String(date.getUTCFullYear());
    const yearStart = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
    let label: string;
    if (unit === 'year') label = year;
    else if (unit === 'month') label = dateFormat(lang, { month: 'short' }).format(date);
    else label = dateFormat(lang, { day: 'numeric', month: 'short' }).format(date);
    const tick: AxisTick = { at: date.getTime(), x: scale(date), label, yearStart };
    if (unit !== 'year' && year !== lastYear) tick.year = year;
    lastYear = year;
    return tick;
  });
}

/** "1 Jan 2020", for the window read-out and the plot's description. */
export function formatDay(ms: number, lang: Language): string {
  const text = dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
  return lang === 'ru' ? text.replace(/\s*г\.$/, '') : text;
}

/**
 * The calendar behind partial dates (`2020`, `2020-06`, `2020-autumn`, `2020-06-15`): which precision a value
 * is written in, whether a day exists, and the first and last day a value can mean, for ordering checks.
 */

/** One day in milliseconds: instants here are UTC midnights, so days are whole multiples of it. */
export const DAY_MS = 86_400_000;

export type DatePrecision = 'day' | 'month' | 'season' | 'year';

const SEASON_MONTHS = {
  // Winter straddles two years ("winter 2020" may be Dec 2019 or Dec 2020): its bounds are the whole year,
  // so a range check never refuses a date the source may have meant.
  winter: ['01', '12'],
  spring: ['03', '05'],
  summer: ['06', '08'],
  autumn: ['09', '11'],
} as const;

/** The precision a partial date's value is written in, or null for a value that is none of the four forms. */
export function precisionOf(value: string): DatePrecision | null {
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-(winter|spring|summer|autumn)$/.test(value)) return 'season';
  return null;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for `YYYY-MM-DD` days that exist (no 30 February, no month 13). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** The first and last ISO day a well-formed partial date can mean. */
export function dayBounds(value: string): readonly [string, string] {
  const year = value.slice(0, 4);
  const rest = value.slice(5);
  if (rest === '') return [`${year}-01-01`, `${year}-12-31`];
  if (rest in SEASON_MONTHS) {
    const [from, to] = SEASON_MONTHS[rest as keyof typeof SEASON_MONTHS];
    return [`${year}-${from}-01`, `${year}-${to}-${daysIn(Number(year), Number(to))}`];
  }
  if (rest.length === 2)
    return [`${value}-01`, `${value}-${String(daysIn(Number(year), Number(rest))).padStart(2, '0')}`];
  return [value, value];
}

import { describe, expect, it } from 'vitest';
import { dayBounds, isCalendarDay, precisionOf } from './calendar';

describe('calendar of partial dates', () => {
  it('names the precision a value is written in', () => {
    expect(['2020', '2020-06', '2020-06-15', '2020-autumn', '20-6'].map(precisionOf)).toEqual([
      'year',
      'month',
      'day',
      'season',
      null,
    ]);
  });

  it('knows which days exist, leap years included', () => {
    expect(isCalendarDay('2021-02-28')).toBe(true);
    expect(isCalendarDay('2020-02-29')).toBe(true);
    expect(isCalendarDay('2021-02-29')).toBe(false);
    expect(isCalendarDay('2021-02-30')).toBe(false);
    expect(isCalendarDay('2020-13-45')).toBe(false);
    expect(isCalendarDay('2020-04-31')).toBe(false);
    expect(isCalendarDay('2020-00-10')).toBe(false);
  });

  it('gives the first and last day a value can mean', () => {
    expect(dayBounds('2020')).toEqual(['2020-01-01', '2020-12-31']);
    expect(dayBounds('2020-02')).toEqual(['2020-02-01', '2020-02-29']);
    expect(dayBounds('2021-11')).toEqual(['2021-11-01', '2021-11-30']);
    expect(dayBounds('2020-autumn')).toEqual(['2020-09-01', '2020-11-30']);
    expect(dayBounds('2020-winter')).toEqual(['2020-01-01', '2020-12-31']);
    expect(dayBounds('2020-06-15')).toEqual(['2020-06-15', '2020-06-15']);
  });
});

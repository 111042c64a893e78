import { describe, expect, it } from 'vitest';
import { translator } from './index';
import {
  dateEnd,
  dateFormat,
  dateStart,
  formatFigure,
  formatNumber,
  formatPartialDate,
  qualifierMark,
  seedWrittenDates,
  takeWrittenDates,
} from './format';
import type { Figure } from '../data/schema';

const en = translator('en');
const ru = translator('ru');
const fig = (
  value: number,
  kind: 'exact' | 'lowerBound' | 'approximate',
  unit: Figure['unit'] = 'organisations',
) => ({ value, unit, qualifier: { kind } }) as Pick<Figure, 'value' | 'unit' | 'qualifier'>;

describe('numbers follow the locale', () => {
  it('uses a comma in English and a no-break space in Russian', () => {
    expect(formatNumber(15800, 'en')).toBe('15,800');
    expect(formatNumber(15800, 'ru')).toBe('15\u00a0800');
  });
  it('words lower bounds and approximations as the source does', () => {
    expect(formatFigure(fig(6500, 'lowerBound'), 'en', en)).toBe('more than 6,500');
    expect(formatFigure(fig(6500, 'lowerBound'), 'ru', ru)).toBe('более 6\u00a0500');
    expect(formatFigure(fig(41000, 'approximate'), 'en', en)).toBe('about 41,000');
    expect(formatFigure(fig(48, 'exact', 'percent'), 'en', en)).toBe('48%');
    expect(formatFigure(fig(48, 'exact', 'percent'), 'ru', ru)).toBe('48\u00a0%');
  });
  it('marks each kind of figure with its own sign', () => {
    expect(qualifierMark({ kind: 'lowerBound' })).toBe('>');
    expect(qualifierMark({ kind: 'approximate' })).toBe('≈');
    expect(qualifierMark({ kind: 'exact' })).toBe('');
  });
});

describe('dates carry their precision', () => {
  it('formats each precision in English', () => {
    expect(formatPartialDate({ value: '2020-06-15', precision: 'day' }, 'en', en)).toBe('15 June 2020');
    expect(formatPartialDate({ value: '2020-06', precision: 'month' }, 'en', en)).toBe('June 2020');
    expect(formatPartialDate({ value: '2020-autumn', precision: 'season' }, 'en', en)).toBe('autumn 2020');
    expect(formatPartialDate({ value: '2021', precision: 'year' }, 'en', en)).toBe('2021');
    expect(formatPartialDate({ value: '2021-06', precision: 'month', part: 'end' }, 'en', en)).toBe(
      'end of June 2021',
    );
    expect(formatPartialDate({ value: '2021', precision: 'year', approximate: true }, 'en', en)).toBe(
      'c. 2021',
    );
  });
  it('uses Russian grammar', () => {
    expect(formatPartialDate({ value: '2020-06-15', precision: 'day' }, 'ru', ru)).toBe('15 июня 2020 г.');
    expect(formatPartialDate({ value: '2020-06', precision: 'month' }, 'ru', ru)).toBe('июнь 2020');
    expect(formatPartialDate({ value: '2021-06', precision: 'month', part: 'end' }, 'ru', ru)).toBe(
      'конец июня 2021',
    );
    expect(formatPartialDate({ value: '2020', precision: 'year', part: 'early' }, 'ru', ru)).toBe(
      'начало 2020 года',
    );
    expect(formatPartialDate({ value: '2020-autumn', precision: 'season' }, 'ru', ru)).toBe('осень 2020');
  });
  it('spans the whole period a partial date covers', () => {
    expect(new Date(dateStart({ value: '2020-06', precision: 'month' })).toISOString()).toBe(
      '2020-06-01T00:00:00.000Z',
    );
    expect(new Date(dateEnd({ value: '2020-06', precision: 'month' })).toISOString()).toBe(
      '2020-07-01T00:00:00.000Z',
    );
    expect(new Date(dateStart({ value: '2021-winter', precision: 'season' })).toISOString()).toBe(
      '2020-12-01T00:00:00.000Z',
    );
    expect(new Date(dateEnd({ value: '2020', precision: 'year' })).toISOString()).toBe(
      '2021-01-01T00:00:00.000Z',
    );
  });
});

describe('dates written through the table a pre-rendered page carries', () => {
  it('declines every Russian month after "конец" as Intl does', () => {
    const genitive = new Intl.DateTimeFormat('ru', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let month = 1; month <= 12; month++) {
      const parts = genitive
        .formatToParts(Date.UTC(2021, month - 1, 1))
        .filter((p) => p.type === 'month' || p.type === 'year')
        .map((p) => p.value);
      const value = `2021-${String(month).padStart(2, '0')}`;
      expect(formatPartialDate({ value, precision: 'month', part: 'end' }, 'ru', ru)).toBe(
        `конец ${parts.join(' ')}`,
      );
    }
  });

  it('hands over what it wrote, then starts afresh', () => {
    takeWrittenDates();
    const day = Date.UTC(2020, 2, 30);
    expect(dateFormat('en', { day: 'numeric', month: 'long' }).format(day)).toBe('30 March');
    dateFormat('en', { day: 'numeric', month: 'long' }).format(day + 1);
    expect(takeWrittenDates()).toEqual({
      'en|{"day":"numeric","month":"long"}|': {
        [`d${day / 86_400_000}`]: '30 March',
        [`${day + 1}`]: '30 March',
      },
    });
    expect(takeWrittenDates()).toEqual({});
  });

  it('writes a seeded date from the table, without asking Intl', () => {
    const day = Date.UTC(2020, 2, 30);
    seedWrittenDates({
      'en|{"month":"short"}|': { [`d${day / 86_400_000}`]: 'seeded', [`${day + 1}`]: 'seeded too', bad: 'x' },
      broken: 7,
    });
    expect(dateFormat('en', { month: 'short' }).format(new Date(day))).toBe('seeded');
    expect(dateFormat('en', { month: 'short' }).format(day + 1)).toBe('seeded too');
    expect(takeWrittenDates()).toEqual({
      'en|{"month":"short"}|': { [`d${day / 86_400_000}`]: 'seeded', [`${day + 1}`]: 'seeded too' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { axisTicks, formatDay, timeScale } from './time-ticks';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('time-axis ticks', () => {
  it('labels years over a long window', () => {
    const ticks = axisTicks(timeScale({ start: utc(2018, 1), end: utc(2027, 1) }, 0, 900), 'en', 90);
    expect(ticks.map((t) => t.label)).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
    ]);
    expect(ticks.every((t) => t.yearStart && t.year === undefined)).toBe(true);
  });

  it('labels months in the interface language, with the year where it changes', () => {
    const scale = timeScale({ start: utc(2020, 1), end: utc(2022, 1) }, 0, 1100);
    const en = axisTicks(scale, 'en', 90);
    expect(en.slice(0, 3).map((t) => t.label)).toEqual(['Jan', 'Apr', 'Jul']);
    expect(en.filter((t) => t.year).map((t) => t.year)).toEqual(['2020', '2021', '2022']);
    const ru = axisTicks(scale, 'ru', 90);
    expect(ru.slice(0, 3).map((t) => t.label)).toEqual(['янв.', 'апр.', 'июль']);
  });

  it('labels days when zoomed to weeks', () => {
    const ticks = axisTicks(timeScale({ start: utc(2020, 3, 28), end: utc(2020, 4, 11) }, 0, 800), 'ru', 90);
    expect(ticks[0]?.label).toMatch(/^\d+ (мар|апр)/);
    expect(ticks[0]?.year).toBe('2020');
  });

  it('writes a day for the window read-out', () => {
    expect(formatDay(utc(2020, 1), 'en')).toBe('1 Jan 2020');
    expect(formatDay(utc(2020, 1), 'ru')).toBe('1 янв. 2020');
  });
});

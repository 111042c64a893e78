import { describe, expect, it } from 'vitest';
import { EVENT_CATEGORIES, placeEvent } from '../../charts/event-layer';
import type { SnapshotEvent } from '../../data/schema';
import { translator } from '../../i18n';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import {
  buildLanes,
  drawnExtent,
  exportRows,
  findEvent,
  formatEventDate,
  markKinds,
  orderedEvents,
  outsideCounts,
} from './timeline-series';

const snapshot = fixtureSnapshot();
const en = translator('en');
const ru = translator('ru');
const suffixEn = (p: string) => `(${p})`;
const suffixRu = (p: string) =>
  `(с точностью до ${{ month: 'месяца', season: 'сезона', year: 'года' }[p] ?? p})`;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const event = (over: Partial<SnapshotEvent>): SnapshotEvent => ({
  id: 'x',
  category: 'covid',
  title: { en: 'X', ru: 'Х' },
  start: { value: '2020-04-15', precision: 'day' },
  sources: [{ source: 'seed', locator: 'slide' }],
  ...over,
});

describe('lanes by category', () => {
  it('puts every event of the snapshot in its lane, lanes in the shared order', () => {
    const lanes = buildLanes(snapshot, EVENT_CATEGORIES);
    expect(lanes.map((l) => l.category)).toEqual([...EVENT_CATEGORIES]);
    expect(lanes.reduce((n, l) => n + l.events.length, 0)).toBe(snapshot.events.length);
    expect(lanes.find((l) => l.category === 'governance')?.events.map((p) => p.event.id)).toEqual([
      'decree-2018-11-26',
      'moscow-law-2019-02-20',
      'resolution-435pp-2019-04-25',
      'platform-launch-2019-09',
    ]);
  });

  it('filters by category: ?cats=covid leaves only COVID-19 measures', () => {
    const lanes = buildLanes(snapshot, ['covid']);
    expect(lanes).toHaveLength(1);
    expect(lanes[0]?.events.every((p) => p.event.category === 'covid')).toBe(true);
    expect(lanes[0]?.events).toHaveLength(snapshot.events.filter((e) => e.category === 'covid').length);
  });

  it('orders events by start, then by end (the Tab order of the marks)', () => {
    const ordered = orderedEvents(snapshot, EVENT_CATEGORIES);
    for (let i = 1; i < ordered.length; i++) {
      const a = ordered[i - 1];
      const b = ordered[i];
      if (!a || !b) continue;
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
    }
    expect(ordered[0]?.event.id).toBe('decree-2018-11-26');
    // Two measures of 5 October 2020: the two-week school holidays come before the 30 % remote-work rule.
    const oct5 = ordered.filter((p) => p.event.start.value === '2020-10-05').map((p) => p.event.id);
    expect(oct5).toEqual(['covid-school-holidays-2020-10', 'covid-remote-30-2020']);
  });

  it('counts the events of a lane before and after the window', () => {
    const gov = buildLanes(snapshot, ['governance'])[0]?.events ?? [];
    expect(outsideCounts(gov, { start: utc(2020, 1), end: utc(2022, 1) })).toEqual({ before: 4, after: 0 });
    expect(outsideCounts(gov, { start: utc(2019, 3), end: utc(2019, 5) })).toEqual({ before: 2, after: 1 });
  });

  it('finds the event a link names, and nothing for an unknown id', () => {
    expect(findEvent(snapshot, 'covid-self-isolation-2020')?.event.category).toBe('covid');
    expect(findEvent(snapshot, 'no-such-event')).toBeUndefined();
  });
});

describe('date precision decides what is drawn', () => {
  it('draws a day as a dot on that day', () => {
    const d = drawnExtent(placeEvent(event({})));
    expect(d).toMatchObject({ shape: 'day', outerStart: utc(2020, 4, 15), outerEnd: utc(2020, 4, 16) });
  });

  it('draws a month as a band across the whole month', () => {
    const d = drawnExtent(placeEvent(event({ start: { value: '2020-06', precision: 'month' } })));
    expect(d).toMatchObject({ shape: 'band', outerStart: utc(2020, 6), outerEnd: utc(2020, 7) });
  });

  it('draws a day-to-day period as one solid bar, end day included', () => {
    const self = findEvent(snapshot, 'covid-self-isolation-2020');
    if (!self) throw new Error('fixture');
    expect(drawnExtent(self)).toMatchObject({
      shape: 'period',
      outerStart: utc(2020, 3, 30),
      coreStart: utc(2020, 3, 30),
      coreEnd: utc(2020, 6, 10),
      outerEnd: utc(2020, 6, 10),
    });
  });

  it('fades the end of a period known only to the month', () => {
    const grades = findEvent(snapshot, 'covid-grades-6-11-remote-2020');
    if (!grades) throw new Error('fixture');
    expect(drawnExtent(grades)).toMatchObject({
      coreStart: utc(2020, 10, 19),
      coreEnd: utc(2020, 12),
      outerEnd: utc(2021, 1),
    });
    // "April–May 2020": it began in April and ended in May, so no day is certain except the turn of the month.
    const passes = findEvent(snapshot, 'digital-passes-operator-2020');
    if (!passes) throw new Error('fixture');
    expect(drawnExtent(passes)).toMatchObject({
      outerStart: utc(2020, 4),
      coreStart: utc(2020, 5),
      coreEnd: utc(2020, 5),
      outerEnd: utc(2020, 6),
    });
  });

  it('marks inferred dates as approximate and lists only the kinds on screen', () => {
    const zelenograd = findEvent(snapshot, 'subclusters-zelenograd-first');
    if (!zelenograd) throw new Error('fixture');
    expect(drawnExtent(zelenograd).approximate).toBe(true);
    expect(markKinds(orderedEvents(snapshot, EVENT_CATEGORIES))).toEqual([
      'day',
      'period',
      'fuzzy',
      'band',
      'approximate',
    ]);
    expect(markKinds(orderedEvents(snapshot, ['governance']))).toEqual(['day', 'band']);
  });
});

describe('dates worded with their precision', () => {
  const words = (id: string, lang: 'en' | 'ru' = 'en') => {
    const p = findEvent(snapshot, id);
    if (!p) throw new Error(id);
    return lang === 'en'
      ? formatEventDate(p.event, 'en', en, suffixEn)
      : formatEventDate(p.event, 'ru', ru, suffixRu);
  };
  it('words day ranges in full and month ranges compactly, with the precision', () => {
    expect(words('covid-digital-passes-2020')).toBe('15 April 2020 – 9 June 2020');
    expect(words('digital-passes-operator-2020')).toBe('April–May 2020 (month)');
    expect(words('digital-passes-operator-2020', 'ru')).toBe('апрель–май 2020 (с точностью до месяца)');
    expect(words('covid-grades-6-11-remote-2020')).toBe('19 October 2020 – end of December 2020 (month)');
    expect(words('international-russia-china-contest-2021')).toBe('2021 (year)');
    expect(words('subclusters-zelenograd-first')).toBe('c. June 2020 (month)');
    expect(words('covid-self-isolation-2020', 'ru')).toBe('30 марта 2020 г. – 9 июня 2020 г.');
  });
});

describe('the chart download', () => {
  it('has one row per event with dates, precision and every source', () => {
    const rows = exportRows(orderedEvents(snapshot, ['covid']), snapshot, 'en', (p) => p.event.start.value);
    const passes = rows.find((r) => r.id === 'covid-digital-passes-2020');
    expect(passes).toMatchObject({
      start: '2020-04-15',
      start_precision: 'day',
      end: '2020-06-09',
      source: 'valen-legal-2020-04; tass-en-1153895; yuzhnoebutovo-2020-06-08',
    });
    expect(passes?.note).toContain('22 April 2020');
  });
});

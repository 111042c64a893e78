import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { formatNumber } from '../../i18n/format';
import { splitNumbered } from './growth.text';
import {
  computeRatio,
  defaultBasis,
  otherMultiples,
  primaryMultiple,
  ratioFigure,
  ratioFormula,
  resolveBasis,
} from './growth-multiples';
import {
  allSeries,
  buildSeries,
  dataExtent,
  extentDays,
  periodOf,
  windowOf,
  yDomain,
  type ChartPoint,
} from './growth-series';
import { COVID_RANGE, SERIES_IDS } from './growth.params';

const snapshot = fixtureSnapshot();
const series = allSeries(snapshot);
const byId = (id: string) => series.flatMap((s) => s.points).find((p) => p.figure.id === id) as ChartPoint;

describe('growth series builder', () => {
  it('keeps the three series apart, each with its own points in date order', () => {
    expect(series.map((s) => s.id)).toEqual(['participants', 'partners', 'total']);
    expect(series.map((s) => s.points.length)).toEqual([9, 4, 10]);
    for (const s of series) {
      const xs = s.points.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      expect(s.points.every((p) => p.seriesId === s.id)).toBe(true);
      expect(s.definition.en.length).toBeGreaterThan(20);
    }
    expect(series[0]?.points.map((p) => p.figure.value)).toEqual([
      400, 700, 2000, 2500, 7000, 11000, 13000, 14000, 15800,
    ]);
  });

  it('keeps the kind of figure of each point, which draws its marker', () => {
    expect(byId('participants-2019-400').kind).toBe('exact');
    expect(byId('participants-2020-12-01').kind).toBe('lowerBound');
    expect(byId('total-2026-01-15').kind).toBe('approximate');
  });

  it('dashes a segment when either end is not exact', () => {
    const partners = series.find((s) => s.id === 'partners');
    expect(partners?.segments.map((s) => [s.from.figure.id, s.dashed])).toEqual([
      ['partners-2020-autumn', true],
      ['partners-2020-12-01', false],
      ['partners-2021-03-17', true],
    ]);
  });

  it('gives each point the period its date covers, narrowed by "end of" and "early"', () => {
    expect(periodOf({ value: '2020-06-15', precision: 'day' })).toEqual({
      start: Date.UTC(2020, 5, 15),
      end: Date.UTC(2020, 5, 16),
    });
    const endOfMay = byId('participants-2020-05-end');
    expect(endOfMay.precision).toBe('month');
    expect(endOfMay.period.start).toBeGreaterThan(Date.UTC(2020, 4, 20));
    expect(endOfMay.period.end).toBe(Date.UTC(2020, 5, 1));
    const seed = byId('participants-seed-2021');
    expect(seed.period).toEqual({ start: Date.UTC(2021, 0, 1), end: Date.UTC(2022, 0, 1) });
    expect(seed.dateApproximate).toBe(true);
  });

  it('marks the points from the primary source (the presentation)', () => {
    const primary = series.flatMap((s) => s.points.filter((p) => p.primary).map((p) => p.figure.id));
    expect(primary).toEqual(['participants-seed-2021', 'partners-2021-07']);
    expect(byId('participants-seed-2021').figure.value).toBe(15800);
  });

  it('filters by series and by date window (a point is in when its marker is)', () => {
    expect(buildSeries(snapshot, { series: ['partners'] }).map((s) => s.id)).toEqual(['partners']);
    const covid = buildSeries(snapshot, { series: SERIES_IDS, window: windowOf(COVID_RANGE) });
    const ids = covid.flatMap((s) => s.points.map((p) => p.figure.id));
    expect(ids).not.toContain('participants-2019-400');
    expect(ids).toContain('participants-seed-2021');
    expect(ids).not.toContain('total-2023-01-31');
    expect(covid.find((s) => s.id === 'total')?.points.map((p) => p.figure.value)).toEqual([
      17000, 19000, 20000, 22000,
    ]);
    expect(
      buildSeries(snapshot, { series: SERIES_IDS, window: windowOf(['2022-01-01', '2022-12-31']) }),
    ).toEqual([]);
  });

  it('spans the record from 1 January of its first year to its last day', () => {
    expect(extentDays(dataExtent(snapshot))).toEqual(['2019-01-01', '2026-01-15']);
  });

  it('keeps zero out of the log scale, and starts the linear scale at zero', () => {
    const values = series.flatMap((s) => s.points.map((p) => p.figure.value));
    const [lo, hi] = yDomain(values, 'log');
    expect(lo).toBeGreaterThan(0);
    expect(lo).toBeLessThanOrEqual(400);
    expect(hi).toBeGreaterThanOrEqual(41000);
    expect([lo, hi]).toEqual([200, 50000]);
    expect(yDomain(values, 'linear')[0]).toBe(0);
    expect(yDomain([0, 10], 'log')[0]).toBeGreaterThan(0);
  });
});

describe('growth multiples and the computed ratio', () => {
  it('finds the presentation’s stated multiple and the web source’s', () => {
    expect(primaryMultiple(snapshot)?.id).toBe('multiple-seed-20x');
    expect(primaryMultiple(snapshot)?.date).toBeUndefined();
    expect(otherMultiples(snapshot).map((m) => [m.id, m.qualifier.kind])).toEqual([
      ['multiple-2020-12-01', 'approximate'],
    ]);
  });

  it('computes participants "more than 700" → "more than 13,000" = ×18.6 by default, as indicative', () => {
    const basis = defaultBasis(snapshot);
    expect(basis?.from.figure.id).toBe('participants-2020-01-26');
    expect(basis?.to.figure.id).toBe('participants-2020-12-01');
    const ratio = computeRatio(basis!);
    expect(ratio.value).toBeCloseTo(13000 / 700, 10);
    expect(formatNumber(ratio.value, 'en')).toBe('18.6');
    expect(ratio.caveat).toBe('indicative');
    expect(ratioFormula(ratio, 'en')).toBe('13,000 ÷ 700');
    const figure = ratioFigure(ratio);
    expect(figure.qualifier).toMatchObject({ kind: 'derived', op: 'ratio' });
    expect(figure.sources.map((s) => s.source)).toEqual(['regnews-2020-01-26', 'moscowseasons-2020-12-01']);
  });

  it('says which way a bound pushes the ratio', () => {
    const ratio = (from: string, to: string) =>
      computeRatio({ seriesId: byId(from).seriesId, from: byId(from), to: byId(to) });
    expect(ratio('partners-2020-12-01', 'partners-2021-03-17').caveat).toBe('exact');
    expect(ratio('partners-2020-autumn', 'partners-2021-03-17').caveat).toBe('smaller');
    expect(ratio('partners-2020-12-01', 'partners-2021-07').caveat).toBe('larger');
    expect(ratio('total-2025-08-12', 'total-2026-01-15').caveat).toBe('approximate');
    expect(ratio('participants-2019-400', 'participants-seed-2021').datesInferred).toBe(true);
  });

  it('accepts a basis of two points of one series, in order, and rejects anything else', () => {
    const ok = resolveBasis(snapshot, 'partners-2020-12-01', 'partners-2021-07');
    expect(ok.invalid).toEqual([]);
    expect(ok.basis?.seriesId).toBe('partners');
    const mixed = resolveBasis(snapshot, 'participants-2020-01-26', 'total-2021-03-17');
    expect(mixed.invalid.map((p) => p.name)).toEqual(['from', 'to']);
    expect(mixed.basis?.to.figure.id).toBe('participants-2020-12-01');
    expect(resolveBasis(snapshot, 'partners-2021-07', 'partners-2020-12-01').invalid).toHaveLength(2);
    expect(resolveBasis(snapshot, 'no-such-point', undefined).invalid).toEqual([
      { name: 'from', raw: 'no-such-point' },
    ]);
    // Only `from` given: the default end is kept when it is later in the same series.
    expect(resolveBasis(snapshot, 'participants-2019-400', undefined).basis?.to.figure.id).toBe(
      'participants-2020-12-01',
    );
  });
});

describe('growth note', () => {
  it('splits numbered caveats in sequence and leaves years in brackets alone', () => {
    expect(splitNumbered('Intro. (1) One. (2) Two: 73 (2020), 82 (2023).')).toEqual({
      intro: 'Intro.',
      items: ['One.', 'Two: 73 (2020), 82 (2023).'],
    });
    expect(splitNumbered(snapshot.growth.note!.en).items).toHaveLength(5);
    expect(splitNumbered('No list.')).toEqual({ intro: 'No list.', items: [] });
  });
});

describe('growth series at scale', () => {
  it('places every point once per snapshot: a window or a series toggle filters the same points', () => {
    const again = allSeries(snapshot);
    expect(again).toBe(series);
    const whole = buildSeries(snapshot, { series: SERIES_IDS });
    expect(whole.map((s) => s.points)).toEqual(series.map((s) => s.points));
    expect(whole[0]?.points[0]).toBe(series[0]?.points[0]);
  });

  it('finds the extent of 200,000 points without spreading them as arguments (a stack overflow)', () => {
    const big = fixtureSnapshot();
    const first = big.growth.series[0];
    if (!first) throw new Error('fixture has no series');
    const point = first.points[0];
    if (!point) throw new Error('fixture series has no point');
    first.points = Array.from({ length: 200_000 }, (_, i) => ({ ...point, id: `${point.id}-${i}` }));
    expect(() => dataExtent(big)).not.toThrow();
    expect(dataExtent(big)).toEqual(dataExtent(snapshot));
  });
});

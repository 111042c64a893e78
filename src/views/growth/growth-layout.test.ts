import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { buildGrowthOverlay } from '../../charts/event-layer';
import { chartGeometry, groupPeriods, xTicks, yTicks } from './growth-layout';
import { assignLanes, placeDirectLabels } from '../../charts/label-placement';
import { buildSeries, dataExtent, xDomain } from './growth-series';
import { SERIES_IDS } from './growth.params';

const snapshot = fixtureSnapshot();

describe('growth chart layout', () => {
  it('puts 1-2-5 ticks on a log axis and thins them when the chart is short', () => {
    expect(yTicks('log', [200, 50000], 380)).toEqual([200, 500, 1000, 2000, 5000, 10000, 20000, 50000]);
    expect(yTicks('log', [200, 50000], 60)).toEqual([1000, 10000]);
    expect(yTicks('linear', [0, 43000], 300)[0]).toBe(0);
  });

  it('labels years on long windows and Russian month names on short ones', () => {
    const years = xTicks({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2026, 0, 16) }, 900, 'en');
    expect(years.map((t) => t.label)).toEqual(Array.from({ length: 8 }, (_, i) => String(2019 + i)));
    const months = xTicks({ start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) }, 900, 'ru');
    expect(months[0]?.label).toBe('2020');
    expect(months.map((t) => t.label)).toContain('июнь');
  });

  it('stacks overlapping event marks into lanes', () => {
    expect(
      assignLanes([
        { start: 0, end: 10 },
        { start: 5, end: 15 },
        { start: 20, end: 30 },
        { start: 8, end: 12 },
      ]),
    ).toEqual([0, 1, 0, 2]);
  });

  it('groups overlapping COVID-19 periods from the shared event layer', () => {
    const { periods } = buildGrowthOverlay(snapshot);
    const groups = groupPeriods(periods);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(periods.length);
    for (let i = 1; i < groups.length; i++) expect(groups[i]!.start).toBeGreaterThan(groups[i - 1]!.end);
    expect(groups[0]?.items.map((p) => p.event.id)).toContain('covid-self-isolation-2020');
  });

  it('nudges direct labels apart, or gives up when one would leave the chart', () => {
    const placed = placeDirectLabels(
      [
        { key: 'a', x: 100, y: 50, width: 80 },
        { key: 'b', x: 120, y: 55, width: 80 },
      ],
      400,
    );
    expect(placed?.map((l) => l.y)).toEqual([50, 65]);
    expect(placeDirectLabels([{ key: 'a', x: 380, y: 50, width: 80 }], 400)).toBeNull();
  });

  it('uses direct labels on wide charts only, always inside the chart', () => {
    const series = buildSeries(snapshot, { series: SERIES_IDS });
    const { markers } = buildGrowthOverlay(snapshot);
    const domain = xDomain(dataExtent(snapshot), undefined);
    const input = { series, markers, domain, scale: 'linear' as const, lang: 'en' as const };
    expect(chartGeometry({ ...input, width: 360 }).labels).toBeNull();
    const wide = chartGeometry({ ...input, width: 1100 });
    expect(wide.labels?.map((l) => l.key)).toEqual(
      expect.arrayContaining(['participants', 'partners', 'total']),
    );
    for (const l of wide.labels ?? []) expect(l.x + l.width).toBeLessThanOrEqual(1100);
    expect(wide.right).toBeLessThan(1100);
    expect(wide.height).toBeGreaterThan(wide.axisY);
  });

  it('keeps the plot its room when tick labels are as wide as the largest allowed value', () => {
    const series = buildSeries(snapshot, { series: SERIES_IDS }).map((s) => ({
      ...s,
      points: s.points.map((p) => ({ ...p, figure: { ...p.figure, value: 999_999_999 } })),
    }));
    const domain = xDomain(dataExtent(snapshot), undefined);
    for (const width of [160, 320, 1100]) {
      const geo = chartGeometry({ series, markers: [], domain, scale: 'linear', lang: 'ru', width });
      expect(geo.left).toBeLessThanOrEqual(width * 0.4);
      expect(geo.right - geo.left).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import type { Figure } from '../../data/schema';
import { RUSSIA_SUBJECTS } from '../../geo/russia-subjects';
import {
  accessCounts,
  choroplethScale,
  classifySubjects,
  coreCompanions,
  countByCategory,
  filterServices,
  partnerStats,
  rampColours,
  shortCode,
  sortedAgreements,
  unplacedItems,
} from './regions-series';
import { unnamedPartnerRegions } from '../../data/partner-regions';

const snapshot = fixtureSnapshot();

const count = (id: string, value: number, kind: Figure['qualifier']['kind'] = 'exact'): Figure =>
  ({
    id,
    value,
    unit: 'organisations',
    qualifier: { kind },
    sources: [{ source: 'seed', locator: 'test' }],
  }) as Figure;

describe('classifySubjects', () => {
  const rows = classifySubjects(snapshot, RUSSIA_SUBJECTS);
  const categoryOf = (code: string) => rows.find((r) => r.code === code)?.category;

  it('has one row per federal subject (83, ISO 3166-2:RU) and places every snapshot region', () => {
    expect(rows).toHaveLength(83);
    expect(new Set(rows.map((r) => r.code)).size).toBe(83);
    expect(unplacedItems(snapshot, RUSSIA_SUBJECTS)).toEqual([]);
  });

  it('puts Moscow Oblast and St Petersburg in the core and Moscow city at home', () => {
    expect(categoryOf('RU-MOS')).toBe('core');
    expect(categoryOf('RU-SPE')).toBe('core');
    expect(categoryOf('RU-MOW')).toBe('home');
  });

  it('marks the six named regions as named, with no partner count', () => {
    const named = rows.filter((r) => r.category === 'named');
    expect(named.map((r) => r.code).sort()).toEqual([
      'RU-KDA',
      'RU-KLU',
      'RU-NIZ',
      'RU-TUL',
      'RU-TVE',
      'RU-VLA',
    ]);
    expect(named.every((r) => r.partners === null && r.sources.length > 0)).toBe(true);
  });

  it('leaves every other subject not itemised (83 − 9 = 74), never a partner region', () => {
    expect(countByCategory(rows)).toEqual({ core: 2, named: 6, home: 1, other: 74 });
    expect(
      rows.filter((r) => r.category === 'other').every((r) => r.partners === null && r.sources.length === 0),
    ).toBe(true);
  });

  it('labels tiles with the code without its country prefix', () => {
    expect(shortCode('RU-MOS')).toBe('MOS');
    expect(rows.find((r) => r.code === 'RU-SPE')?.short).toBe('SPE');
  });
});

describe('honest counts of unnamed regions and the core share', () => {
  it('says 65 more of the 73 regions are not named (73 − 8)', () => {
    expect(unnamedPartnerRegions(snapshot)).toEqual({ count: 65, total: 73 });
  });

  it('gives the core share for the pair: Moscow Oblast goes with St Petersburg', () => {
    expect(coreCompanions(snapshot, 'RU-MOS').map((n) => n.en)).toEqual(['Saint Petersburg']);
    expect(coreCompanions(snapshot, 'RU-SPE').map((n) => n.en)).toEqual(['Moscow Oblast']);
  });
});

describe('choroplethScale', () => {
  it('is null when no region has a count (the shipped snapshot)', () => {
    const rows = classifySubjects(snapshot, RUSSIA_SUBJECTS);
    expect(choroplethScale(rows, ['#eee', '#888', '#111'])).toBeNull();
  });

  it('classes reported counts from 0 to a nice maximum, low to high', () => {
    const s = fixtureSnapshot();
    s.regions.items[0]!.partners = count('p-mos', 2400);
    s.regions.items[1]!.partners = count('p-spe', 1900, 'lowerBound');
    s.regions.items[5]!.partners = count('p-tul', 150, 'approximate');
    const rows = classifySubjects(s, RUSSIA_SUBJECTS);
    const scale = choroplethScale(rows, ['#c1', '#c2', '#c3', '#c4', '#c5'])!;
    expect(scale.breaks[0]).toBe(0);
    expect(scale.breaks.at(-1)).toBeGreaterThanOrEqual(2400);
    expect(scale.breaks).toEqual([...scale.breaks].sort((a, b) => a - b));
    expect(scale.colourOf(2400)).toBe('#c5');
    expect(scale.colourOf(150)).toBe('#c1');
    expect(scale.kinds.sort()).toEqual(['approximate', 'exact', 'lowerBound']);
  });

  it('builds a ramp of n colours ending at the darkest', () => {
    const ramp = rampColours('#ffffff', '#000000', 4);
    expect(ramp).toHaveLength(4);
    expect(ramp.at(-1)).toBe('rgb(0, 0, 0)');
  });
});

describe('services', () => {
  const services = snapshot.regions.services;

  it('counts the listed services per access level (rows of the list, summing to 14)', () => {
    const counts = accessCounts(services);
    const expected = { full: 0, limited: 0, none: 0 };
    for (const s of services) expected[s.access] += 1;
    expect(counts).toEqual(expected);
    expect(counts.full + counts.limited + counts.none).toBe(14);
    expect(counts).toEqual({ full: 7, limited: 5, none: 2 });
  });

  it('filters by access level and keeps the source order', () => {
    expect(filterServices(services, 'all')).toHaveLength(14);
    expect(filterServices(services, 'none').map((s) => s.id)).toEqual([
      'investment-packaging',
      'venture-academy',
    ]);
    expect(filterServices(services, 'limited').every((s) => s.access === 'limited')).toBe(true);
  });
});

describe('partner figures and agreements', () => {
  it('takes the headline figures by their place in the snapshot', () => {
    const stats = partnerStats(snapshot);
    expect(stats.partners.value).toBe(6500);
    expect(stats.partners.qualifier.kind).toBe('lowerBound');
    expect(stats.partners.date?.value).toBe('2021-07');
    expect(stats.regionCount.value).toBe(73);
    expect(stats.coreShare.value).toBe(70);
    expect(stats.opened.date).toEqual({ value: '2020-05', precision: 'month' });
    expect(stats.opened.sources).toEqual([
      { source: 'seed', locator: 'Companies from other regions can participate in MIC as its partners' },
    ]);
  });

  it('lists dated agreements first (ZGC, 18 September 2020), then the undated ones', () => {
    const list = sortedAgreements(snapshot);
    expect(list.map((a) => a.countryCode)).toEqual(['CN', 'QA', 'KZ']);
    expect(list[0]?.date).toEqual({ value: '2020-09-18', precision: 'day' });
    expect(list.slice(1).every((a) => !a.date)).toBe(true);
  });
});

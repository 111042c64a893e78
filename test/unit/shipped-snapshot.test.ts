/**
 * The shipped snapshot must carry the seed presentation's figures exactly. The expected values below are
 * copied from ../shared/seed (Kutsenko & Ismagulova), independently of the snapshot's transcription.
 */
import { describe, expect, it } from 'vitest';
import { parseCatalogue, parseSnapshot } from '../../src/data/snapshot';
import { shippedDataFile } from '../support/msw-server';

const snapshot = parseSnapshot('mic-2021.json', shippedDataFile('mic-2021.json'));
const seed = snapshot.primarySource;
const fromSeed = (f: { sources: { source: string }[] }) => f.sources.some((c) => c.source === seed);

describe('the shipped data files', () => {
  it('validate, and the catalogue names the snapshot as default', () => {
    const catalogue = parseCatalogue('index.json', shippedDataFile('index.json'));
    expect(catalogue.default).toBe('mic-2021');
    expect(catalogue.snapshots.map((s) => s.file)).toContain('mic-2021.json');
    expect(snapshot.id).toBe('mic-2021');
  });

  it('names the seed presentation as primary source', () => {
    const source = snapshot.sources.find((s) => s.id === seed);
    expect(source?.title).toBe('Moscow Innovation Cluster: Key Concept Features and Coronavirus Stress Test');
    expect(source?.authors?.join(' ')).toMatch(/Kutsenko.*Ismagulova/);
  });
});

describe('seed: "The membership in MIC is open for different industries"', () => {
  it('has 15,800 members without partners', () => {
    expect(snapshot.sectors.membersTotal.value).toBe(15800);
    expect(fromSeed(snapshot.sectors.membersTotal)).toBe(true);
  });
  it('has the sector shares 48/16/14/7/7/2/6 %', () => {
    const shares = snapshot.sectors.members.map((m) => [
      m.label.en.toLowerCase(),
      m.share.value,
      m.share.qualifier.kind,
    ]);
    expect(shares).toEqual([
      [expect.stringContaining('services'), 48, 'exact'],
      [expect.stringContaining('retail'), 16, 'exact'],
      [expect.stringContaining('industr'), 14, 'exact'],
      [expect.stringMatching(/\bit\b/), 7, 'exact'],
      [expect.stringContaining('science'), 7, 'exact'],
      [expect.stringContaining('education'), 2, 'exact'],
      [expect.stringContaining('other'), 6, 'exact'],
    ]);
    for (const m of snapshot.sectors.members) expect(fromSeed(m.share)).toBe(true);
  });
  it('derives member counts from 15,800 and marks them derived', () => {
    const services = snapshot.sectors.members[0]?.count;
    expect(services?.value).toBe(7584);
    expect(services?.qualifier.kind).toBe('derived');
  });
  it('has 170 projects: 32 medicine, 28 IT and AI, 13 aviation, the rest derived', () => {
    expect(snapshot.sectors.projectsTotal.value).toBe(170);
    const counts = Object.fromEntries(
      snapshot.sectors.projects.map((p) => [p.label.en.toLowerCase(), p.count]),
    );
    expect(counts['medicine']?.value).toBe(32);
    expect(Object.entries(counts).find(([k]) => k.includes('ai'))?.[1].value).toBe(28);
    expect(counts['aviation']?.value).toBe(13);
    const rest = snapshot.sectors.projects.find((p) => p.count.qualifier.kind === 'derived');
    expect(rest?.count.value).toBe(97);
  });
  it('has light manufacturing: 302 companies from 42 regions since September 2020', () => {
    expect(snapshot.sectors.lightManufacturing.companies.value).toBe(302);
    expect(snapshot.sectors.lightManufacturing.regions.value).toBe(42);
    expect(snapshot.sectors.lightManufacturing.since).toMatchObject({ value: '2020-09', precision: 'month' });
  });
});

describe('seed: "MIC sub-clusters as a space for personalised inter-firm interaction"', () => {
  it('lists the ten sub-clusters with participants and projects exactly as the table', () => {
    expect(
      snapshot.subclusters.items.map((s) => [s.name.en, s.participants.value, s.projects.value]),
    ).toEqual([
      ["Troitsk Innovation Cluster 'New Materials, Laser and Radiation Technologies'", 36, 1],
      ["Innovative Territorial Cluster 'Zelenograd'", 44, 1],
      ['Moscow Innovative Intersectoral Cluster of Sports Industry (SportTech)', 78, 3],
      ['Innovative Food Cluster', 44, 6],
      ['Interdisciplinary Cluster of Biopharmaceuticals and Medical Technologies', 57, 1],
      ['Development of Artificial Intelligence', 53, 2],
      ['Traumatology and Orthopedics', 42, 2],
      ['Moscow Composite Cluster', 39, 2],
      ["Automotive and Sports Cluster of ANO 'SMP' Motorsport and Racing'", 32, 2],
      ["Innovative Intersectoral Cluster 'Green Moscow'", 46, 5],
    ]);
    expect(snapshot.subclusters.registered.value).toBe(10);
    expect(snapshot.subclusters.firstCreated.date).toMatchObject({ value: '2020-06', precision: 'month' });
  });
  it('states the 30-member rule', () => {
    expect(snapshot.subclusters.rules.some((r) => r.threshold?.value === 30)).toBe(true);
  });
  it('has the priority fields by number of sub-clusters naming them (1 to 7)', () => {
    const byCount = new Map<number, string[]>();
    for (const f of snapshot.subclusters.priorityFields) {
      byCount.set(f.subclusterCount.value, [...(byCount.get(f.subclusterCount.value) ?? []), f.label.en]);
    }
    expect(byCount.get(1)).toEqual([
      'Nuclear technology',
      'Energy',
      'Textile',
      'Industrial design',
      'Printing',
      'Optics and photonics',
      'Education',
      'Architecture',
    ]);
    expect(byCount.get(2)).toEqual(['Food industry', 'Metalworking', 'Aerospace']);
    expect(byCount.get(3)).toEqual(['Ecology and nature management', 'Pharmaceuticals', 'Nanotech']);
    expect(byCount.get(4)).toEqual([
      'Chemical industry',
      'Medtech',
      'Media',
      'Mechanical engineering',
      'Materials',
    ]);
    expect(byCount.get(5)).toEqual(['Robotics', 'Biotechnology', 'IT']);
    expect(byCount.get(6)).toEqual(['Electronics and microelectronics', 'Instrumentation']);
    expect(byCount.get(7)).toEqual(['Scientific research']);
    expect(snapshot.subclusters.fieldsBySubcluster).toBeUndefined();
  });
});

describe('seed: "Companies from other regions can participate in MIC as its partners"', () => {
  it('has 73 regions, more than 6,500 partners in July 2021 and 70 % from the two core regions', () => {
    expect(snapshot.regions.regionCount.value).toBe(73);
    expect(snapshot.regions.partners).toMatchObject({ value: 6500, qualifier: { kind: 'lowerBound' } });
    expect(snapshot.regions.partners.date).toMatchObject({ value: '2021-07', precision: 'month' });
    expect(snapshot.regions.coreShare).toMatchObject({ value: 70, unit: 'percent' });
  });
  it('names the regions and reports no per-region counts', () => {
    expect(snapshot.regions.items.map((r) => [r.code, r.group])).toEqual([
      ['RU-MOS', 'core'],
      ['RU-SPE', 'core'],
      ['RU-VLA', 'named'],
      ['RU-KLU', 'named'],
      ['RU-NIZ', 'named'],
      ['RU-TUL', 'named'],
      ['RU-TVE', 'named'],
      ['RU-KDA', 'named'],
    ]);
    expect(snapshot.regions.items.every((r) => r.partners === null)).toBe(true);
  });
  it('has the fourteen platform services with their access level', () => {
    expect(snapshot.regions.services.map((s) => [s.label.en, s.access])).toEqual([
      ['Support measures navigator', 'limited'],
      ['Support measures calculator', 'limited'],
      ['Contract manufacturing exchange', 'full'],
      ['Renting premises', 'full'],
      ['Sub-clusters', 'limited'],
      ['Investment packaging', 'none'],
      ['Venture academy', 'none'],
      ['Piloting', 'limited'],
      ['Patent exchange', 'limited'],
      ['Moscow accelerator', 'full'],
      ['Technological contests', 'full'],
      ['Factoring', 'full'],
      ['Marketplace of goods and services', 'full'],
      ['Map of innovative solutions', 'full'],
    ]);
  });
  it('has the three international agreements', () => {
    expect(snapshot.regions.agreements.map((a) => a.countryCode)).toEqual(['CN', 'QA', 'KZ']);
  });
});

describe('seed: growth and framework', () => {
  it('has the "increased 20 times" multiple from the seed', () => {
    const multiple = snapshot.growth.multiples.find(fromSeed);
    expect(multiple).toMatchObject({ value: 20, unit: 'times' });
  });
  it('keeps participants, partners and totals as separate series', () => {
    expect(snapshot.growth.series.map((s) => s.id).sort()).toEqual(['participants', 'partners', 'total']);
  });
  it('has the eight features of an urban cluster in order, with their references', () => {
    const features = snapshot.framework.features;
    expect(features.map((f) => f.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(features[0]?.what.en).toBe('Broader initiatives with large number of participants (1000+)');
    expect(features[4]?.proof).toEqual(['(Bathelt et al., 2004)']);
    expect(features[7]?.what.en).toBe('Coordination, common priorities and agenda building');
    expect(snapshot.framework.discussion.micro).toHaveLength(3);
    expect(snapshot.framework.discussion.meso).toHaveLength(5);
  });
});

import { kindsOf } from '../../charts/figure-kinds';
import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import {
  discussionSizeNote,
  fieldGroups,
  fullMatrix,
  memberThreshold,
  ruleRows,
  shortName,
  sizeRange,
  sortSubclusters,
  subclusterRows,
} from './subclusters-series';

const snapshot = fixtureSnapshot();
const rows = subclusterRows(snapshot, 'en');
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('sub-cluster rows', () => {
  it('hold the ten sub-clusters of the presentation’s table with their exact figures', () => {
    expect(rows).toHaveLength(10);
    const food = rows.find((r) => r.name === 'Innovative Food Cluster');
    expect(food?.participants.value).toBe(44);
    expect(food?.projects.value).toBe(6);
    expect(food?.participants.qualifier.kind).toBe('exact');
    expect(rows.map((r) => [r.participants.value, r.projects.value])).toEqual([
      [36, 1],
      [44, 1],
      [78, 3],
      [44, 6],
      [57, 1],
      [53, 2],
      [42, 2],
      [39, 2],
      [32, 2],
      [46, 5],
    ]);
  });

  it('sort by participants, largest first, ties in the source’s order', () => {
    expect(ids(sortSubclusters(rows, 'participants', 'en'))).toEqual([
      'sporttech',
      'biopharma-medtech',
      'artificial-intelligence',
      'green-moscow',
      'zelenograd',
      'food',
      'traumatology-orthopedics',
      'composites',
      'troitsk',
      'smp-motorsport',
    ]);
  });

  it('sort by projects, most first, ties in the source’s order', () => {
    expect(ids(sortSubclusters(rows, 'projects', 'en'))).toEqual([
      'food',
      'green-moscow',
      'sporttech',
      'artificial-intelligence',
      'traumatology-orthopedics',
      'composites',
      'smp-motorsport',
      'troitsk',
      'zelenograd',
      'biopharma-medtech',
    ]);
  });

  it('sort by name in the reader’s language, and by source order', () => {
    expect(sortSubclusters(rows, 'name', 'en')[0]?.name).toBe(
      "Automotive and Sports Cluster of ANO 'SMP' Motorsport and Racing'",
    );
    const ru = sortSubclusters(subclusterRows(snapshot, 'ru'), 'name', 'ru');
    expect(ru[0]?.name).toBe('Автомобильно-спортивный кластер АНО «SMP» (автоспорт и гонки)');
    expect(ids(sortSubclusters(rows, 'source', 'en'))).toEqual(ids(rows));
  });

  it('do not change the input order', () => {
    sortSubclusters(rows, 'projects', 'en');
    expect(rows[0]?.id).toBe('troitsk');
  });

  it('give the smallest and largest sub-cluster', () => {
    const range = sizeRange(rows);
    expect(range?.min.participants.value).toBe(32);
    expect(range?.max.participants.value).toBe(78);
    expect(sizeRange([])).toBeNull();
  });

  it('list the qualifier kinds present', () => {
    expect(kindsOf(rows.flatMap((r) => [r.participants, r.projects]))).toEqual(['exact']);
  });
});

describe('registration threshold and rules', () => {
  it('reads the minimum size from the rule whose threshold counts organisations', () => {
    const threshold = memberThreshold(snapshot, 'en');
    expect(threshold?.figure.value).toBe(30);
    expect(threshold?.figure.unit).toBe('organisations');
    expect(threshold?.text).toBe('At least 30 organisations – MIC members');
  });

  it('follows the data when the threshold changes, and gives none when no rule has one', () => {
    const changed = fixtureSnapshot();
    const rule = changed.subclusters.rules.find((r) => r.threshold?.unit === 'organisations');
    if (rule?.threshold) rule.threshold.value = 25;
    expect(memberThreshold(changed, 'en')?.figure.value).toBe(25);
    changed.subclusters.rules = changed.subclusters.rules.filter(
      (r) => r.threshold?.unit !== 'organisations',
    );
    expect(memberThreshold(changed, 'en')).toBeNull();
  });

  it('lists the four rules with their threshold figures and sources', () => {
    const rules = ruleRows(snapshot, 'en');
    expect(rules.map((r) => r.threshold?.value ?? null)).toEqual([null, 30, null, 1]);
    expect(rules.every((r) => r.sources.length > 0)).toBe(true);
    expect(rules[0]?.sources[0]?.locator).toBe(
      'MIC sub-clusters as a space for personalised inter-firm interaction',
    );
  });

  it('cites the slide for the first sub-cluster (June 2020)', () => {
    expect(snapshot.subclusters.firstCreated).toEqual({
      date: { value: '2020-06', precision: 'month' },
      sources: [
        { source: 'seed', locator: 'MIC sub-clusters as a space for personalised inter-firm interaction' },
      ],
    });
  });

  it('finds the discussion slide’s remark on sub-cluster size', () => {
    const note = discussionSizeNote(snapshot);
    expect(note?.text.en).toContain('around 30-70 participants');
    expect(note?.sources[0]?.locator).toContain('Discussion');
  });
});

describe('priority-field groups', () => {
  const groups = fieldGroups(snapshot, 'en');

  it('make the columns 1 to 7 of the presentation’s table with the right fields', () => {
    expect(groups.map((g) => g.count)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(groups.map((g) => g.fields.length)).toEqual([8, 3, 3, 5, 3, 2, 1]);
    expect(groups[0]?.fields.map((f) => f.label)).toEqual([
      'Nuclear technology',
      'Energy',
      'Textile',
      'Industrial design',
      'Printing',
      'Optics and photonics',
      'Education',
      'Architecture',
    ]);
    expect(groups[1]?.fields.map((f) => f.label)).toEqual(['Food industry', 'Metalworking', 'Aerospace']);
    expect(groups[5]?.fields.map((f) => f.label)).toEqual([
      'Electronics and microelectronics',
      'Instrumentation',
    ]);
    expect(groups[6]?.fields.map((f) => f.label)).toEqual(['Scientific research']);
    for (const g of groups) for (const f of g.fields) expect(f.count.value).toBe(g.count);
  });

  it('keep an empty column when no field has that count', () => {
    const s = fixtureSnapshot();
    s.subclusters.priorityFields = s.subclusters.priorityFields.filter((f) => f.subclusterCount.value !== 6);
    expect(fieldGroups(s, 'en').map((g) => g.fields.length)).toEqual([8, 3, 3, 5, 3, 0, 1]);
  });
});

describe('full sub-cluster × field matrix', () => {
  it('is absent when the snapshot does not itemise who names what', () => {
    expect(fullMatrix(snapshot, 'en', rows)).toBeNull();
  });

  it('is built from fieldsBySubcluster, fields most often named first', () => {
    const s = fixtureSnapshot();
    s.subclusters.fieldsBySubcluster = {
      food: ['food-industry', 'scientific-research'],
      troitsk: ['scientific-research', 'nuclear-technology'],
    };
    const order = sortSubclusters(subclusterRows(s, 'en'), 'source', 'en');
    const matrix = fullMatrix(s, 'en', order);
    expect(matrix?.columns).toHaveLength(25);
    expect(matrix?.columns[0]?.id).toBe('scientific-research');
    expect(matrix?.columns.at(-1)?.id).toBe('architecture');
    const col = (id: string) => matrix?.columns.findIndex((c) => c.id === id) ?? -1;
    const food = matrix?.rows.find((r) => r.subcluster.id === 'food');
    expect(food?.itemised).toBe(true);
    expect(food?.named.filter(Boolean)).toHaveLength(2);
    expect(food?.named[col('food-industry')]).toBe(true);
    expect(food?.named[col('nuclear-technology')]).toBe(false);
    const zelenograd = matrix?.rows.find((r) => r.subcluster.id === 'zelenograd');
    expect(zelenograd?.itemised).toBe(false);
    expect(matrix?.rows.map((r) => r.subcluster.id)).toEqual(ids(order));
    // Scientific research is named by 7 sub-clusters but itemised for 2.
    expect(matrix?.mismatches.find((m) => m.field.id === 'scientific-research')?.itemised).toBe(2);
  });
});

describe('labels', () => {
  it('shorten names to the quoted or bracketed part, else cut at a word', () => {
    expect(shortName("Innovative Territorial Cluster 'Zelenograd'")).toBe('Zelenograd');
    expect(shortName('Moscow Innovative Intersectoral Cluster of Sports Industry (SportTech)')).toBe(
      'SportTech',
    );
    expect(shortName('Инновационный межотраслевой кластер «Зелёная Москва»')).toBe('Зелёная Москва');
    expect(shortName('Innovative Food Cluster')).toBe('Innovative Food Cluster');
    const troitsk = shortName("Troitsk Innovation Cluster 'New Materials, Laser and Radiation Technologies'");
    expect(troitsk.endsWith('…')).toBe(true);
    expect(troitsk.length).toBeLessThanOrEqual(28);
  });
});

import { kindsOf } from '../../charts/figure-kinds';
import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import {
  memberRows,
  projectRows,
  recompute,
  resolveHighlight,
  sectorFigures,
  shareSegments,
  sharesSum,
  shortKey,
  sortRows,
} from './sectors-series';

const snapshot = fixtureSnapshot();
const values = (rows: ReturnType<typeof memberRows>) => rows.map((r) => r.figure?.value ?? null);
const keys = (rows: ReturnType<typeof memberRows>) => rows.map((r) => r.key);

describe('members by sector', () => {
  it('takes the presentation’s shares as exact percentages that add up to 100', () => {
    const rows = memberRows(snapshot, 'share');
    expect(values(rows)).toEqual([48, 16, 14, 7, 7, 2, 6]);
    expect(rows.every((r) => r.figure?.unit === 'percent' && r.figure.qualifier.kind === 'exact')).toBe(true);
    expect(sharesSum(snapshot)).toBe(100);
  });

  it('draws counts derived from the 15,800 members for ?measure=count, each with its formula', () => {
    expect(snapshot.sectors.membersTotal.value).toBe(15800);
    const rows = memberRows(snapshot, 'count');
    expect(values(rows)).toEqual([7584, 2528, 2212, 1106, 1106, 316, 948]);
    for (const row of rows) {
      const q = row.figure?.qualifier;
      expect(q?.kind).toBe('derived');
      if (q?.kind === 'derived') expect(q.formula.en).toMatch(/^15,800 members × \d+ % ÷ 100$/);
    }
    expect(kindsOf(rows.map((r) => r.figure))).toEqual(['derived']);
  });

  it('matches every derived count to total × share ÷ 100', () => {
    const figures = sectorFigures(snapshot);
    for (const m of snapshot.sectors.members) {
      expect(m.count).toBeDefined();
      if (m.count) expect(recompute(m.count, figures)).toBe(m.count.value);
    }
  });

  it('marks a sector without a count as not reported and sorts it last', () => {
    const rows = memberRows(snapshot, 'count');
    const first = rows[0];
    if (!first) throw new Error('no rows');
    const withGap = [{ ...first, figure: null }, ...rows.slice(1)];
    const sorted = sortRows(withGap, 'value');
    expect(sorted.at(-1)?.key).toBe('services');
    expect(sorted[0]?.figure?.value).toBe(2528);
  });
});

describe('sort orders', () => {
  it('puts the largest first, ties in the source’s order', () => {
    const rows = sortRows(memberRows(snapshot, 'share'), 'value');
    expect(keys(rows)).toEqual(['services', 'trade', 'industry', 'it', 'science', 'others', 'education']);
  });

  it('keeps the source’s order for ?sort=source, whatever order it is given in', () => {
    const shuffled = sortRows(memberRows(snapshot, 'share'), 'value');
    expect(keys(sortRows(shuffled, 'source'))).toEqual([
      'services',
      'trade',
      'industry',
      'it',
      'science',
      'education',
      'others',
    ]);
  });

  it('lays the shares end to end for the 100 % bar', () => {
    const { segments, total } = shareSegments(sortRows(memberRows(snapshot, 'share'), 'source'));
    expect(total).toBe(100);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [0, 48],
      [48, 64],
      [64, 78],
      [78, 85],
      [85, 92],
      [92, 94],
      [94, 100],
    ]);
  });
});

describe('projects by domain', () => {
  it('has medicine 32, IT and AI 28, aviation 13 as reported, and the derived remainder 97 of 170', () => {
    const rows = projectRows(snapshot);
    expect(rows.map((r) => [r.key, r.figure?.value, r.figure?.qualifier.kind])).toEqual([
      ['medicine', 32, 'exact'],
      ['it-ai', 28, 'exact'],
      ['aviation', 13, 'exact'],
      ['other', 97, 'derived'],
    ]);
    expect(snapshot.sectors.projectsTotal.value).toBe(170);
    const other = rows[3]?.figure;
    if (!other) throw new Error('no other domains');
    expect(recompute(other, sectorFigures(snapshot))).toBe(97);
    expect(kindsOf(rows.map((r) => r.figure))).toEqual(['exact', 'derived']);
  });

  it('sorts the derived remainder like any bar by value, and last in the source’s order', () => {
    expect(sortRows(projectRows(snapshot), 'value').map((r) => r.key)).toEqual([
      'other',
      'medicine',
      'it-ai',
      'aviation',
    ]);
    expect(sortRows(projectRows(snapshot), 'source').at(-1)?.key).toBe('other');
  });
});

describe('highlight ids', () => {
  it('shortens snapshot ids for links', () => {
    expect(shortKey('sector-services')).toBe('services');
    expect(shortKey('projects-it-ai')).toBe('it-ai');
    expect(shortKey('custom')).toBe('custom');
  });

  it('finds sectors and domains by short or full id', () => {
    const services = resolveHighlight('services', snapshot);
    expect(services.status === 'found' && [services.row.group, services.row.key]).toEqual([
      'members',
      'services',
    ]);
    const full = resolveHighlight('sector-services', snapshot);
    expect(full.status === 'found' && full.row.key).toBe('services');
    const medicine = resolveHighlight('medicine', snapshot);
    expect(medicine.status === 'found' && medicine.row.group).toBe('projects');
  });

  it('reports an id that names nothing, and nothing when there is no id', () => {
    expect(resolveHighlight('nope', snapshot)).toEqual({ status: 'unknown', raw: 'nope' });
    expect(resolveHighlight(undefined, snapshot)).toEqual({ status: 'none' });
  });
});

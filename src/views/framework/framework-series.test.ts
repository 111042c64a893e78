import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { translator } from '../../i18n';
import { comparisonExportRows } from './framework-export';
import {
  evidenceRows,
  figuresById,
  kindsPresent,
  numberRuns,
  ownPairingNote,
  resolveSelection,
  shapeFeatures,
  sharedPairingNote,
} from './framework-series';

describe('shapeFeatures on the shipped snapshot', () => {
  const features = shapeFeatures(fixtureSnapshot());

  it('keeps the paper’s eight features in order 1..8, whatever the file order', () => {
    expect(features.map((f) => f.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const s = fixtureSnapshot();
    s.framework.features.reverse();
    expect(shapeFeatures(s).map((f) => f.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('keeps the proof references exactly as the seed spells them', () => {
    expect(features[2]?.proof).toEqual([
      '(Couse, 1937)',
      '(North, 1992; Eggertsson, 1990)',
      '(Polányi, 1966)',
    ]);
    expect(features[4]?.proof).toEqual(['(Bathelt et al., 2004)']);
  });

  it('resolves evidence figure ids to the snapshot’s figures, in the order named', () => {
    const partners = features[4]?.evidence[0]?.figures ?? [];
    expect(partners.map((f) => f.id)).toEqual([
      'regions-count',
      'regions-core-share',
      'regions-partners-2021-07',
    ]);
    const last = partners[2];
    expect(last?.value).toBe(6500);
    expect(last?.qualifier.kind).toBe('lowerBound');
    expect(last?.date).toEqual({ value: '2021-07', precision: 'month' });
    const growth = features[0]?.evidence[0]?.figures ?? [];
    expect(growth.map((f) => [f.value, f.qualifier.kind])).toEqual([
      [20, 'exact'],
      [15800, 'exact'],
      [20, 'approximate'],
    ]);
    expect(features.every((f) => f.counts.unresolved === 0)).toBe(true);
  });

  it('counts evidence items and linked figures per feature', () => {
    expect(features.map((f) => f.counts.evidence)).toEqual([1, 2, 1, 1, 2, 2, 1, 2]);
    expect(features.map((f) => f.counts.figures)).toEqual([3, 11, 0, 0, 3, 0, 0, 6]);
    expect(features[0]?.kinds).toEqual(['exact', 'exact', 'approximate']);
    expect(kindsPresent(features).sort()).toEqual(['approximate', 'exact', 'lowerBound']);
  });

  it('keeps each evidence item’s view and sources', () => {
    expect(features.map((f) => f.evidence.map((e) => e.view ?? null))).toEqual([
      ['growth'],
      ['sectors', 'sectors'],
      ['regions'],
      ['timeline'],
      ['regions', 'regions'],
      ['timeline', null],
      ['framework'],
      ['subclusters', 'subclusters'],
    ]);
    expect(features[0]?.evidence[0]?.sources.map((c) => c.source)).toEqual([
      'seed',
      'seed',
      'moscowseasons-2020-12-01',
    ]);
  });

  it('flattens to one row per evidence item, keyed feature.item', () => {
    expect(evidenceRows(features).map((r) => r.key)).toEqual([
      '1.1',
      '2.1',
      '2.2',
      '3.1',
      '4.1',
      '5.1',
      '5.2',
      '6.1',
      '6.2',
      '7.1',
      '8.1',
      '8.2',
    ]);
  });
});

describe('unresolved and repeated figure ids', () => {
  const s = fixtureSnapshot();
  const first = s.framework.features[0]?.evidence[0];
  if (first) first.figures = ['participants-seed-2021', 'no-such-figure', 'participants-seed-2021'];
  const second = s.framework.features[1]?.evidence[1];
  if (second) second.figures = ['sectors-members-total', 'light-manufacturing-companies'];
  const features = shapeFeatures(s);

  it('reports an id no figure carries as unresolved, and never counts it as a figure', () => {
    const e = features[0]?.evidence[0];
    expect(e?.figures.map((f) => f.id)).toEqual(['participants-seed-2021']);
    expect(e?.unresolved).toEqual(['no-such-figure']);
    expect(features[0]?.counts).toEqual({ evidence: 1, figures: 1, unresolved: 1 });
  });

  it('counts a figure named by two items of one feature once', () => {
    expect(features[1]?.counts.figures).toBe(10);
  });

  it('indexes every figure of the snapshot by id', () => {
    expect(figuresById(fixtureSnapshot()).get('light-manufacturing-regions')?.value).toBe(42);
  });
});

describe('pairing notes, selection and helpers', () => {
  const features = shapeFeatures(fixtureSnapshot());
  const shared = sharedPairingNote(features);

  it('prints the note most features share once, and feature 6’s own note on its card', () => {
    expect(shared?.features).toEqual([1, 2, 3, 4, 5, 7, 8]);
    expect(shared?.note.en).toMatch(/^This pairing is the dashboard’s reading of the presentation/);
    expect(ownPairingNote(features[0]!, shared)).toBeUndefined();
    expect(ownPairingNote(features[5]!, shared)?.en).toMatch(/no feature bullet of its own/);
    expect(ownPairingNote(features[5]!, undefined)?.en).toMatch(/no feature bullet of its own/);
  });

  it('has no shared note when no two features share one', () => {
    expect(sharedPairingNote(features.slice(5, 7))).toBeUndefined();
  });

  it('resolves ?feature= against the features the snapshot has', () => {
    expect(resolveSelection(5, features)).toEqual({ selected: 5 });
    expect(resolveSelection(9, features)).toEqual({ missing: 9 });
    expect(resolveSelection(undefined, features)).toEqual({});
  });

  it('writes feature numbers as runs', () => {
    expect(numberRuns([1, 2, 3, 4, 5, 7, 8])).toBe('1–5, 7, 8');
    expect(numberRuns([8, 1, 2])).toBe('1, 2, 8');
    expect(numberRuns([3])).toBe('3');
    expect(numberRuns([])).toBe('');
  });
});

describe('comparison download rows', () => {
  const features = shapeFeatures(fixtureSnapshot());
  const labels = new Map([['regions-partners-2021-07', 'Regional partners']]);

  it('has one row per evidence item with figures as worded and citations', () => {
    const rows = comparisonExportRows(features, labels, 'en', translator('en'));
    expect(rows).toHaveLength(12);
    const partners = rows.find((r) => String(r.figure_ids).includes('regions-partners-2021-07'));
    expect(partners).toMatchObject({
      feature: 5,
      view: 'regions',
      proof: '(Bathelt et al., 2004)',
      source: 'seed',
    });
    expect(partners?.figures).toContain('more than 6,500 Regional partners (lower bound, July 2021)');
    const multiple = rows[0];
    expect(multiple?.figures).toContain('about 20 times');
  });

  it('keeps a feature without evidence as a row, and speaks Russian', () => {
    const s = fixtureSnapshot();
    const f4 = s.framework.features.find((f) => f.n === 4);
    if (f4) f4.evidence = [];
    const rows = comparisonExportRows(shapeFeatures(s), labels, 'ru', translator('ru'));
    expect(rows.filter((r) => r.feature === 4)).toEqual([
      expect.objectContaining({
        evidence: '',
        figures: '',
        what: 'Набор финансовых стимулов для кооперации в инновационной сфере',
      }),
    ]);
    expect(rows.find((r) => r.feature === 5)?.figures).toMatch(/более 6\s500/);
  });
});

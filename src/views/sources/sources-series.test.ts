import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { walkFigures } from '../../data/walk-figures';
import { dataQuality } from './sources-series';

const snapshot = fixtureSnapshot();
const quality = dataQuality(snapshot);

describe('the data-quality summary', () => {
  it('counts every figure once by kind and once by date precision', () => {
    const total = walkFigures(snapshot).length;
    expect(quality.figures).toBe(total);
    expect(quality.byKind.reduce((sum, k) => sum + k.count, 0)).toBe(total);
    expect(quality.byPrecision.reduce((sum, p) => sum + p.count, 0)).toBe(total);
    // The seven member counts and the "other domains" projects are derived from the presentation's figures.
    expect(quality.byKind.find((k) => k.kind === 'derived')?.count).toBeGreaterThanOrEqual(8);
    expect(quality.byKind.find((k) => k.kind === 'lowerBound')?.count).toBeGreaterThan(0);
  });

  it('tells figures resting on the presentation from those resting on web sources alone', () => {
    expect(quality.fromPrimary + quality.fromWebOnly).toBe(quality.figures);
    expect(quality.fromPrimary).toBeGreaterThan(60);
    expect(quality.fromWebOnly).toBeGreaterThan(0);
    expect(quality.webSources).toBe(snapshot.sources.length - 1);
  });

  it('says what the sources leave unreported: 65 of the 73 regions, the named regions’ counts, the field matrix', () => {
    expect(quality.notReported).toEqual({
      regionsNotNamed: 65,
      regionsWithoutCount: 8,
      fieldsItemised: false,
    });
  });

  it('follows the snapshot: a synthetic one with per-region counts and an itemised matrix reports neither gap', () => {
    const s = fixtureSnapshot();
    s.regions.items.forEach((r, i) => {
      r.partners = { ...s.regions.partners, id: `p-${i}`, value: 10 + i, qualifier: { kind: 'exact' } };
    });
    s.subclusters.fieldsBySubcluster = { troitsk: ['energy'] };
    expect(dataQuality(s).notReported).toEqual({
      regionsNotNamed: 65,
      regionsWithoutCount: 0,
      fieldsItemised: true,
    });
  });
});

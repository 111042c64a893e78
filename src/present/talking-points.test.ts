import { describe, expect, it } from 'vitest';
import { talkingPoints, slideSummary } from './talking-points';
import { fixtureSnapshot } from '../../test/fixtures/snapshot-fixture';
import { translator } from '../i18n';

const s = fixtureSnapshot();

describe('presenter notes', () => {
  it('word each key figure as its source does, with date and source', () => {
    const points = talkingPoints('regions', s, 'en', translator('en'));
    expect(points.map((p) => p.value)).toEqual(['73, c. 2021', 'more than 6,500, July 2021', '70%, c. 2021']);
    expect(points.every((p) => p.source === 'Kutsenko & Ismagulova')).toBe(true);
  });
  it('name the largest sub-cluster from the data', () => {
    const points = talkingPoints('subclusters', s, 'en', translator('en'));
    expect(points[1]).toMatchObject({
      label: 'Moscow Innovative Intersectoral Cluster of Sports Industry (SportTech)',
      value: expect.stringMatching(/^78/) as unknown,
    });
  });
  it('list the eight features on the framework slide', () => {
    expect(slideSummary('framework', s, 'en')).toHaveLength(8);
  });
});

import { describe, expect, it } from 'vitest';
import type { PlacedEvent } from '../../charts/event-layer';
import type { SnapshotEvent } from '../../data/schema';
import { denseLanePaths, FADE_STEPS } from './dense-lane-paths';
import { PAINT } from './mark-paint';
import { GEOMETRY, type MarkLayout } from './timeline-layout';
import type { DrawnExtent } from './timeline-series';

/** A mark as the layout places it, with only what the paths read. */
function mark(drawn: Partial<DrawnExtent> & Pick<DrawnExtent, 'shape'>, x: number[], y = 50): MarkLayout {
  const [xOuterStart = 0, xCoreStart = xOuterStart, xCoreEnd = xCoreStart, xOuterEnd = xCoreEnd] = x;
  const event = { id: `e${x.join('-')}`, category: 'covid' } as SnapshotEvent;
  return {
    placed: { event } as PlacedEvent,
    drawn: { outerStart: 0, coreStart: 0, coreEnd: 0, outerEnd: 0, approximate: false, ...drawn },
    xOuterStart,
    xCoreStart,
    xCoreEnd,
    xOuterEnd,
    x0: drawn.shape === 'day' ? xOuterStart - GEOMETRY.dotRadius : xOuterStart,
    x1: drawn.shape === 'day' ? xOuterEnd + GEOMETRY.dotRadius : xOuterEnd,
    row: 0,
    y,
    label: null,
  };
}

const count = (d: string) => (d.match(/M/g) ?? []).length;

describe('a dense lane drawn as paths', () => {
  it('puts each kind of mark, stated or inferred, in its own path, at the place a single mark has', () => {
    const paths = denseLanePaths(
      [
        mark({ shape: 'day' }, [100, 100, 101, 101]),
        mark({ shape: 'day', approximate: true }, [200, 200, 201, 201]),
        mark({ shape: 'band' }, [300, 300, 330, 330]),
        mark({ shape: 'period' }, [400, 400, 450, 450]),
        mark({ shape: 'period', approximate: true }, [500, 500, 520, 520]),
      ],
      10,
      1000,
    );
    expect(paths.at).toEqual([
      [100.5, 50],
      [200.5, 50],
      [315, 50],
      [425, 50],
      [510, 50],
    ]);
    expect(paths.dots[0]).toBe('M95.5,50a5,5 0 1,0 10,0a5,5 0 1,0 -10,0');
    expect(count(paths.dots[1])).toBe(1);
    expect(paths.bandFills).toEqual(['M300,44H330V56H300Z', '']);
    expect(paths.bandLines[0]).toBe('M300,44V56M300,50H330M330,44V56');
    expect(paths.periods).toEqual(['M400,43H450V57H400Z', 'M500,43H520V57H500Z']);
    expect(paths.fades.every((f) => f.d === '')).toBe(true);
  });

  it('draws a fading end as steps of falling opacity, from the certain part outwards', () => {
    // Known to the day from 400, ending somewhere in a month drawn from 480 to 560.
    const paths = denseLanePaths([mark({ shape: 'period' }, [400, 400, 480, 560])], 10, 1000);
    expect(paths.periods[0]).toBe('M400,43H480V57H400Z');
    expect(paths.fades).toHaveLength(FADE_STEPS);
    const step = 80 / FADE_STEPS;
    expect(paths.fades[0]?.d).toBe(`M480,43H${480 + step}V57H480Z`);
    const opacities = paths.fades.map((f) => f.opacity);
    expect(opacities[0]).toBeLessThan(PAINT.fadeFrom);
    expect(opacities.at(-1)).toBeGreaterThan(PAINT.fadeTo);
    expect([...opacities].sort((a, b) => b - a)).toEqual(opacities);
  });

  it('finds a long bar at the middle of its part inside the plot', () => {
    const paths = denseLanePaths([mark({ shape: 'period' }, [-500, -500, 300, 300])], 10, 1000);
    expect(paths.at[0]).toEqual([155, 50]);
  });
});

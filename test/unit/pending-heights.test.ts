import { describe, expect, it } from 'vitest';
import { heightRanges, MAX_RANGES, pendingHeightCss } from '../../src/charts/pending-heights';

describe('heightRanges', () => {
  it('gives runs of one height over every whole width, each run starting where the last ended', () => {
    const ranges = heightRanges((w) => (w < 300 ? 200 : w < 500 ? 260 : 300), { from: 240, to: 800 });
    expect(ranges).toEqual([
      { from: 240, to: 300, height: 200 },
      { from: 300, to: 500, height: 260 },
      { from: 500, to: 801, height: 300 },
    ]);
  });

  it('refuses a chart with no height at some width', () => {
    expect(() => heightRanges((w) => (w === 512 ? NaN : 100), { from: 240, to: 800 })).toThrow(/512 px/);
  });
});

describe('pendingHeightCss', () => {
  it('writes one container query a run, open at both ends, for the sized box of that frame', () => {
    const css = pendingHeightCss('growth-chart', [
      { from: 240, to: 300, height: 200 },
      { from: 300, to: 500, height: 260 },
      { from: 500, to: 801, height: 300 },
    ]);
    expect(css).toBe(
      '@container (width<300px){#growth-chart [data-sized]{--sized-height:200px}}' +
        '@container (300px<=width<500px){#growth-chart [data-sized]{--sized-height:260px}}' +
        '@container (500px<=width){#growth-chart [data-sized]{--sized-height:300px}}',
    );
  });

  it('needs no query for a chart as tall at every width', () => {
    expect(pendingHeightCss('a', [{ from: 240, to: 1601, height: 58 }])).toBe(
      '#a [data-sized]{--sized-height:58px}',
    );
  });

  it('fails the build for a height that changes every few pixels, or an id CSS would misread', () => {
    const many = Array.from({ length: MAX_RANGES + 1 }, (_, i) => ({ from: i, to: i + 1, height: i }));
    expect(() => pendingHeightCss('growth-chart', many)).toThrow(/41 times/);
    expect(() => pendingHeightCss('a b', [{ from: 1, to: 2, height: 3 }])).toThrow(/CSS identifier/);
  });
});

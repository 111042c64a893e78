import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { logTicks, valueTicks } from './value-ticks';

describe('value ticks', () => {
  it('labels round linear ticks and can keep only whole numbers', () => {
    const scale = scaleLinear().domain([0, 5]);
    expect(valueTicks(scale, 4, String).map((t) => t.label)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(valueTicks(scale, 10, String, { integers: true }).every((t) => Number.isInteger(t.value))).toBe(
      true,
    );
  });

  it('puts 1, 2 and 5 in each decade of a log scale while they fit, else the powers of ten', () => {
    expect(logTicks([100, 10_000], 9)).toEqual([100, 200, 500, 1000, 2000, 5000, 10_000]);
    expect(logTicks([100, 10_000], 4)).toEqual([100, 1000, 10_000]);
  });
});

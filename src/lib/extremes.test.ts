import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from './extremes';

describe('maxOf and minOf', () => {
  it('answer as Math.max and Math.min do', () => {
    expect(maxOf([3, 9, -2])).toBe(9);
    expect(minOf([3, 9, -2])).toBe(-2);
    expect(maxOf([])).toBe(-Infinity);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([1, NaN])).toBeNaN();
  });

  it('take a list far longer than a call can hold as arguments', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(maxOf(many)).toBe(999_999);
    expect(minOf(many)).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { alongKeys, nearestIndex, stepAlong } from './dense-marks';

const key = (
  k: string,
  mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('moving along a mark drawn as one path', () => {
  it('steps with the arrows, jumps with Home and End, and hands the keys past either end on', () => {
    expect(stepAlong(key('ArrowRight'), 3, 9)).toBe(4);
    expect(stepAlong(key('ArrowLeft'), 3, 9)).toBe(2);
    expect(stepAlong(key('Home'), 3, 9)).toBe(0);
    expect(stepAlong(key('End'), 3, 9)).toBe(9);
    expect(stepAlong(key('ArrowRight'), 9, 9)).toBeNull();
    expect(stepAlong(key('ArrowLeft'), 0, 9)).toBeNull();
    expect(stepAlong(key('ArrowUp'), 3, 9)).toBeNull();
  });

  it('leaves modified keys to the browser and the chart (Shift+→ is not a step)', () => {
    expect(stepAlong(key('ArrowRight', { shiftKey: true }), 3, 9)).toBeNull();
    expect(stepAlong(key('End', { ctrlKey: true }), 3, 9)).toBeNull();
  });

  it('finds the point nearest to the pointer', () => {
    const at = [
      [0, 0],
      [10, 0],
      [20, 5],
    ] as const;
    expect(nearestIndex(at, 11, 1)).toBe(1);
    expect(nearestIndex(at, 30, 9)).toBe(2);
    expect(nearestIndex(at, -5, 0)).toBe(0);
  });
});

describe('the keys of a mark drawn as one path', () => {
  it('moves the cursor with the arrows and hands every other key on', () => {
    const steps: number[] = [];
    const rest: string[] = [];
    const handle = alongKeys(3, 9, [(to) => steps.push(to)], (e) => rest.push(e.key));
    const press = (k: string) => {
      let prevented = false;
      handle({ ...key(k), preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(press('ArrowRight')).toBe(true);
    expect(press('End')).toBe(true);
    expect(press('ArrowUp')).toBe(false);
    expect(press('Enter')).toBe(false);
    expect(steps).toEqual([4, 9]);
    expect(rest).toEqual(['ArrowUp', 'Enter']);
  });
});

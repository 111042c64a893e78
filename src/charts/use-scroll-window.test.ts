import { describe, expect, it } from 'vitest';
import { pinnedRows, rowDrawn } from './use-scroll-window';

describe('which rows a windowed chart draws', () => {
  const window = { top: 400, bottom: 800 };

  it('draws every row outside a scroll box', () => {
    expect(rowDrawn(null, 5000, 20, 250, new Set())).toBe(true);
  });

  it('draws rows that touch the window and leaves the others out', () => {
    const none = new Set<number>();
    expect(rowDrawn(window, 390, 20, 20, none)).toBe(true);
    expect(rowDrawn(window, 790, 20, 40, none)).toBe(true);
    expect(rowDrawn(window, 100, 20, 5, none)).toBe(false);
    expect(rowDrawn(window, 900, 20, 45, none)).toBe(false);
  });

  it('keeps the first, the last, the Tab stop with its neighbours and the highlighted row', () => {
    const pinned = pinnedRows(100, 50, 70);
    expect([...pinned].sort((a, b) => a - b)).toEqual([0, 49, 50, 51, 70, 99]);
    expect(rowDrawn(window, 5000, 20, 70, pinned)).toBe(true);
    expect(rowDrawn(window, 5000, 20, 71, pinned)).toBe(false);
  });

  it('pins nothing for an index of -1 (no Tab stop, nothing highlighted)', () => {
    const pinned = pinnedRows(10, -1, -1);
    expect([...pinned].filter((i) => i >= 0).sort((a, b) => a - b)).toEqual([0, 9]);
  });
});

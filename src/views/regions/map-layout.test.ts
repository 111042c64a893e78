import { describe, expect, it } from 'vitest';
import { neighbourTile, stackLabels, type GridCell } from './map-layout';

const cells: GridCell[] = [
  { code: 'A', col: 0, row: 0 },
  { code: 'B', col: 1, row: 0 },
  { code: 'C', col: 3, row: 0 },
  { code: 'D', col: 1, row: 1 },
  { code: 'E', col: 2, row: 2 },
];
const at = (code: string) => cells.find((c) => c.code === code)!;

describe('neighbourTile', () => {
  it('moves along the row, skipping gaps', () => {
    expect(neighbourTile(cells, at('A'), 'right')?.code).toBe('B');
    expect(neighbourTile(cells, at('B'), 'right')?.code).toBe('C');
    expect(neighbourTile(cells, at('C'), 'left')?.code).toBe('B');
  });

  it('moves down the column, or to the nearest tile below when the column ends', () => {
    expect(neighbourTile(cells, at('B'), 'down')?.code).toBe('D');
    expect(neighbourTile(cells, at('D'), 'down')?.code).toBe('E');
  });

  it('stops at the edge', () => {
    expect(neighbourTile(cells, at('A'), 'left')).toBeNull();
    expect(neighbourTile(cells, at('A'), 'up')).toBeNull();
    expect(neighbourTile(cells, at('E'), 'down')).toBeNull();
  });
});

describe('stackLabels', () => {
  it('keeps labels at their anchors when they do not collide', () => {
    const ys = stackLabels(
      [
        { id: 'a', y: 10 },
        { id: 'b', y: 50 },
      ],
      { gap: 15, top: 0, bottom: 100 },
    );
    expect(ys.get('a')).toBe(10);
    expect(ys.get('b')).toBe(50);
  });

  it('spaces colliding labels at least one gap apart, in anchor order, within the bounds', () => {
    const ys = stackLabels(
      [
        { id: 'c', y: 95 },
        { id: 'a', y: 90 },
        { id: 'b', y: 92 },
      ],
      { gap: 15, top: 0, bottom: 100 },
    );
    expect(ys.get('c')).toBe(100);
    expect(ys.get('b')).toBe(85);
    expect(ys.get('a')).toBe(70);
  });
});

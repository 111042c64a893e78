import { describe, expect, it } from 'vitest';
import {
  firstCell,
  gridIndex,
  gridPosition,
  lastCell,
  nearestInDirection,
  nextGridIndex,
  nextGridPosition,
  nextListIndex,
  nextSpatialIndex,
} from './roving-navigation';

describe('list navigation', () => {
  const move = (count: number, index: number, key: string, extra: object = {}) =>
    nextListIndex(count, index, { key, ...extra });

  it('moves forward with → and ↓ and back with ← and ↑', () => {
    expect(move(5, 2, 'ArrowRight')).toBe(3);
    expect(move(5, 2, 'ArrowDown')).toBe(3);
    expect(move(5, 2, 'ArrowLeft')).toBe(1);
    expect(move(5, 2, 'ArrowUp')).toBe(1);
  });

  it('does not wrap: at either end the position stays', () => {
    expect(move(5, 4, 'ArrowRight')).toBe(4);
    expect(move(5, 4, 'ArrowDown')).toBe(4);
    expect(move(5, 0, 'ArrowLeft')).toBe(0);
    expect(move(5, 0, 'ArrowUp')).toBe(0);
  });

  it('goes to the first and last mark with Home and End', () => {
    expect(move(5, 2, 'Home')).toBe(0);
    expect(move(5, 2, 'End')).toBe(4);
  });

  it('has one place to be with one mark, and none with none', () => {
    for (const key of ['ArrowRight', 'ArrowLeft', 'Home', 'End']) expect(move(1, 0, key)).toBe(0);
    for (const key of ['ArrowRight', 'Home', 'End']) expect(move(0, 0, key)).toBeNull();
  });

  it('leaves other keys and modified arrows to the caller', () => {
    expect(move(5, 2, 'Enter')).toBeNull();
    expect(move(5, 2, ' ')).toBeNull();
    expect(move(5, 2, 'Tab')).toBeNull();
    expect(move(5, 2, 'ArrowRight', { shiftKey: true })).toBeNull();
    expect(move(5, 2, 'ArrowRight', { altKey: true })).toBeNull();
    expect(move(5, 2, 'ArrowRight', { ctrlKey: true })).toBeNull();
  });

  it('clamps an index left over from longer data', () => {
    expect(move(3, 7, 'ArrowLeft')).toBe(1);
  });
});

// The presentation's table: 8, 3, 3, 5, 3, 2 and 1 fields named by 1 … 7 sub-clusters.
const lengths = [8, 3, 3, 5, 3, 2, 1];
const at = (group: number, cell: number) => ({ group, cell });

describe('grid navigation with groups drawn as columns', () => {
  const move = (group: number, cell: number, key: string, ctrlKey = false) =>
    nextGridPosition(lengths, at(group, cell), { key, ctrlKey }, 'columns');

  it('moves down and up within a column, stopping at its ends', () => {
    expect(move(0, 0, 'ArrowDown')).toEqual(at(0, 1));
    expect(move(0, 7, 'ArrowDown')).toEqual(at(0, 7));
    expect(move(0, 3, 'ArrowUp')).toEqual(at(0, 2));
    expect(move(0, 0, 'ArrowUp')).toEqual(at(0, 0));
  });

  it('moves across columns, keeping the row where it can', () => {
    expect(move(0, 1, 'ArrowRight')).toEqual(at(1, 1));
    expect(move(0, 6, 'ArrowRight')).toEqual(at(1, 2)); // column 2 has three cells
    expect(move(3, 4, 'ArrowLeft')).toEqual(at(2, 2));
    expect(move(6, 0, 'ArrowRight')).toEqual(at(6, 0));
    expect(move(0, 0, 'ArrowLeft')).toEqual(at(0, 0));
  });

  it('goes to the ends of a column with Home/End and of the grid with Ctrl', () => {
    expect(move(3, 2, 'Home')).toEqual(at(3, 0));
    expect(move(3, 2, 'End')).toEqual(at(3, 4));
    expect(move(3, 2, 'Home', true)).toEqual(at(0, 0));
    expect(move(3, 2, 'End', true)).toEqual(at(6, 0));
    expect(nextGridPosition(lengths, at(1, 1), { key: 'End', metaKey: true }, 'columns')).toEqual(at(6, 0));
  });

  it('leaves other keys and modified arrows to the browser', () => {
    expect(move(0, 0, 'Tab')).toBeNull();
    expect(move(0, 0, 'Enter')).toBeNull();
    expect(move(0, 0, 'ArrowDown', true)).toBeNull();
    expect(nextGridPosition(lengths, at(0, 0), { key: 'ArrowDown', shiftKey: true }, 'columns')).toBeNull();
  });
});

describe('grid navigation with groups drawn as rows', () => {
  const move = (group: number, cell: number, key: string) =>
    nextGridPosition(lengths, at(group, cell), { key }, 'rows');

  it('swaps the axes: left/right along a group, up/down between groups', () => {
    expect(move(0, 0, 'ArrowRight')).toEqual(at(0, 1));
    expect(move(0, 0, 'ArrowDown')).toEqual(at(1, 0));
    expect(move(1, 2, 'ArrowUp')).toEqual(at(0, 2));
    expect(move(0, 7, 'ArrowDown')).toEqual(at(1, 2));
  });

  it('does not wrap at the last cell of a row or the last row', () => {
    expect(move(0, 7, 'ArrowRight')).toEqual(at(0, 7));
    expect(move(6, 0, 'ArrowDown')).toEqual(at(6, 0));
  });
});

describe('grids with empty groups, one cell or none', () => {
  const sparse = [2, 0, 0, 3, 0];

  it('skips empty groups', () => {
    expect(nextGridPosition(sparse, at(0, 1), { key: 'ArrowDown' }, 'rows')).toEqual(at(3, 1));
    expect(nextGridPosition(sparse, at(3, 2), { key: 'ArrowUp' }, 'rows')).toEqual(at(0, 1));
    expect(nextGridPosition(sparse, at(3, 0), { key: 'ArrowDown' }, 'rows')).toEqual(at(3, 0));
  });

  it('finds the first and last cells', () => {
    expect(firstCell([0, 0, 2])).toEqual(at(2, 0));
    expect(lastCell(sparse)).toEqual(at(3, 2));
    expect(firstCell([0, 0])).toBeNull();
    expect(lastCell([])).toBeNull();
  });

  it('stays on a single cell and has no moves in an empty grid', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'Home', 'End'])
      expect(nextGridPosition([1], at(0, 0), { key }, 'rows')).toEqual(at(0, 0));
    expect(nextGridPosition([], at(0, 0), { key: 'ArrowRight' }, 'rows')).toBeNull();
    expect(nextGridPosition([0, 0], at(0, 0), { key: 'End' }, 'rows')).toBeNull();
  });

  it('maps positions to flat indices and back', () => {
    expect(gridIndex(sparse, at(3, 1))).toBe(3);
    expect(gridPosition(sparse, 3)).toEqual(at(3, 1));
    expect(gridPosition(sparse, 5)).toBeNull();
    expect(nextGridIndex(sparse, 1, { key: 'ArrowDown' }, 'rows')).toBe(3);
    expect(nextGridIndex(sparse, 4, { key: 'Home', ctrlKey: true }, 'rows')).toBe(0);
    expect(nextGridIndex([], 0, { key: 'Home' }, 'rows')).toBeNull();
  });
});

describe('spatial navigation', () => {
  // A tile grid with gaps:  A B . C
  //                         . D . .
  //                         . . E .
  const points = [
    { x: 0, y: 0 },
    { x: 1, y: 0 },
    { x: 3, y: 0 },
    { x: 1, y: 1 },
    { x: 2, y: 2 },
  ];
  const [A, B, C, D, E] = [0, 1, 2, 3, 4];

  it('moves along the row, skipping gaps', () => {
    expect(nearestInDirection(points, A, 'right')).toBe(B);
    expect(nearestInDirection(points, B, 'right')).toBe(C);
    expect(nearestInDirection(points, C, 'left')).toBe(B);
  });

  it('moves down the column, or to the nearest point below when the column ends', () => {
    expect(nearestInDirection(points, B, 'down')).toBe(D);
    expect(nearestInDirection(points, D, 'down')).toBe(E);
    expect(nearestInDirection(points, E, 'up')).toBe(D);
  });

  it('prefers a point straight ahead to a nearer one off to the side', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 3, y: 4 },
    ];
    expect(nearestInDirection(pts, 0, 'right')).toBe(1);
  });

  it('stops at the edge: the key keeps the position', () => {
    expect(nearestInDirection(points, A, 'left')).toBeNull();
    expect(nearestInDirection(points, A, 'up')).toBeNull();
    expect(nearestInDirection(points, E, 'down')).toBeNull();
    expect(nextSpatialIndex(points, A, { key: 'ArrowLeft' })).toBe(A);
    expect(nextSpatialIndex(points, E, { key: 'ArrowDown' })).toBe(E);
  });

  it('reaches points drawn at the same place, in order', () => {
    const pts = [
      { x: 5, y: 5 },
      { x: 5, y: 5 },
      { x: 5, y: 5 },
    ];
    expect(nearestInDirection(pts, 0, 'right')).toBe(1);
    expect(nearestInDirection(pts, 1, 'down')).toBe(2);
    expect(nearestInDirection(pts, 2, 'left')).toBe(1);
    expect(nearestInDirection(pts, 0, 'up')).toBeNull();
  });

  it('goes to the first and last point in the given order with Home and End', () => {
    expect(nextSpatialIndex(points, D, { key: 'Home' })).toBe(A);
    expect(nextSpatialIndex(points, D, { key: 'End' })).toBe(E);
  });

  it('handles one point and none, and leaves other keys alone', () => {
    expect(nextSpatialIndex([{ x: 1, y: 1 }], 0, { key: 'ArrowRight' })).toBe(0);
    expect(nextSpatialIndex([], 0, { key: 'ArrowRight' })).toBeNull();
    expect(nextSpatialIndex(points, A, { key: 'Enter' })).toBeNull();
    expect(nextSpatialIndex(points, A, { key: 'ArrowRight', shiftKey: true })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { clampPosition, firstCell, lastCell, nextGridPosition } from './grid-navigation';

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

  it('leaves other keys to the browser', () => {
    expect(move(0, 0, 'Tab')).toBeNull();
    expect(move(0, 0, 'Enter')).toBeNull();
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
});

describe('grids with empty groups', () => {
  const sparse = [2, 0, 0, 3, 0];

  it('skips empty groups', () => {
    expect(nextGridPosition(sparse, at(0, 1), { key: 'ArrowDown' }, 'rows')).toEqual(at(3, 1));
    expect(nextGridPosition(sparse, at(3, 2), { key: 'ArrowUp' }, 'rows')).toEqual(at(0, 1));
    expect(nextGridPosition(sparse, at(3, 0), { key: 'ArrowDown' }, 'rows')).toEqual(at(3, 0));
  });

  it('finds the first and last cells and clamps stale positions', () => {
    expect(firstCell([0, 0, 2])).toEqual(at(2, 0));
    expect(lastCell(sparse)).toEqual(at(3, 2));
    expect(firstCell([0, 0])).toBeNull();
    expect(clampPosition(sparse, at(3, 2))).toEqual(at(3, 2));
    expect(clampPosition(sparse, at(1, 0))).toEqual(at(0, 0));
  });
});

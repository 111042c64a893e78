import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import {
  clampPosition,
  firstCell,
  nextGridPosition,
  type GridOrientation,
  type GridPosition,
} from './grid-navigation';

/**
 * Roving tabindex for a grid: one Tab stop (the active cell, tabIndex 0; all others -1), arrow keys and
 * Home/End move focus as `nextGridPosition` says. `lengths` is the number of cells in each group.
 */
export function useRovingGrid(lengths: readonly number[], orientation: GridOrientation) {
  const [stored, setStored] = useState<GridPosition | null>(null);
  const cells = useRef(new Map<string, HTMLElement>());
  const active = (stored && clampPosition(lengths, stored)) ?? firstCell(lengths);

  const cellRef = useCallback(
    (group: number, cell: number) => (el: HTMLElement | null) => {
      const key = `${group}:${cell}`;
      if (el) cells.current.set(key, el);
      else cells.current.delete(key);
    },
    [],
  );

  const onKeyDown = (e: KeyboardEvent, pos: GridPosition) => {
    const next = nextGridPosition(lengths, pos, e, orientation);
    if (!next) return;
    e.preventDefault();
    setStored(next);
    cells.current.get(`${next.group}:${next.cell}`)?.focus();
  };

  return {
    active,
    isActive: (group: number, cell: number) => active?.group === group && active.cell === cell,
    /** Focus (by click or Tab) makes a cell the grid's Tab stop. */
    onFocusCell: (pos: GridPosition) => setStored(pos),
    onKeyDown,
    cellRef,
  };
}

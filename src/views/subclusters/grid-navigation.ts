/**
 * Keyboard movement in a grid of groups of cells (roving tabindex), as a pure function.
 * A grid is a list of groups (the ARIA rows), each with some cells. Groups are drawn either as visual
 * rows (`rows`: ←/→ move along the group, ↑/↓ between groups) or as visual columns (`columns`: ↑/↓
 * along the group, ←/→ between groups), so the arrow keys always move the way the eye reads.
 */
export interface GridPosition {
  group: number;
  cell: number;
}

export type GridOrientation = 'rows' | 'columns';

export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * The position after a key press, or null when the key is not a grid key (let the browser have it).
 * Moving to another group skips empty groups and keeps the cell index where it can (else the group's last
 * cell). Home/End go to the ends of the current group; with Ctrl (or ⌘) to the first/last cell of the grid.
 * At an edge, the position stays.
 */
export function nextGridPosition(
  lengths: readonly number[],
  pos: GridPosition,
  event: GridKey,
  orientation: GridOrientation,
): GridPosition | null {
  const along = orientation === 'rows' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const across = orientation === 'rows' ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
  const length = lengths[pos.group] ?? 0;
  const ctrl = event.ctrlKey === true || event.metaKey === true;

  if (event.key === along[0]) return { group: pos.group, cell: Math.max(0, pos.cell - 1) };
  if (event.key === along[1]) return { group: pos.group, cell: Math.min(length - 1, pos.cell + 1) };
  if (event.key === across[0]) return toGroup(lengths, pos, -1);
  if (event.key === across[1]) return toGroup(lengths, pos, 1);
  if (event.key === 'Home') return ctrl ? (firstCell(lengths) ?? pos) : { group: pos.group, cell: 0 };
  if (event.key === 'End') return ctrl ? (lastCell(lengths) ?? pos) : { group: pos.group, cell: length - 1 };
  return null;
}

function toGroup(lengths: readonly number[], pos: GridPosition, step: 1 | -1): GridPosition {
  for (let g = pos.group + step; g >= 0 && g < lengths.length; g += step) {
    const length = lengths[g] ?? 0;
    if (length > 0) return { group: g, cell: Math.min(pos.cell, length - 1) };
  }
  return pos;
}

export function firstCell(lengths: readonly number[]): GridPosition | null {
  const group = lengths.findIndex((l) => l > 0);
  return group < 0 ? null : { group, cell: 0 };
}

export function lastCell(lengths: readonly number[]): GridPosition | null {
  const group = lengths.findLastIndex((l) => l > 0);
  return group < 0 ? null : { group, cell: (lengths[group] ?? 1) - 1 };
}

/** The position itself if it is still a cell of the grid (after a data change), else the first cell. */
export function clampPosition(lengths: readonly number[], pos: GridPosition): GridPosition | null {
  const length = lengths[pos.group] ?? 0;
  if (pos.cell < length) return pos;
  return firstCell(lengths);
}

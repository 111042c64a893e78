/**
 * Keyboard movement between the marks of a chart (WAI-ARIA roving tabindex), as pure functions on indices.
 * Three models, one per kind of chart:
 *
 * - `list`: marks in one sequence (bars, segments). →/↓ next, ←/↑ previous, Home/End first/last.
 * - `grid`: a list of groups (the ARIA rows), each with some cells, possibly of different lengths. Groups
 *   are drawn either as visual rows (`rows`: ←/→ along a group, ↑/↓ between groups) or as visual columns
 *   (`columns`: ↑/↓ along a group, ←/→ between groups), so the arrows always move the way the eye reads.
 *   Home/End go to the ends of the group; with Ctrl (or ⌘) to the first/last cell of the grid.
 * - `spatial`: marks at (x, y) positions (maps, scatter and line charts). An arrow moves to the nearest mark
 *   in that direction, where a step sideways costs three steps ahead, so a key keeps to its row or column
 *   where it can. Home/End go to the first/last mark in the order given (callers give reading order).
 *
 * No model wraps: at an edge the position stays (the key is still the chart's, so the page does not scroll).
 * Keys that are not navigation keys, and arrows with Shift, Alt, Ctrl or ⌘, return null: the caller (or the
 * browser) may use them.
 */

export interface NavKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

export const KEY_DIRECTIONS: Readonly<Record<string, Direction>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const modified = (e: NavKey) => e.shiftKey === true || e.altKey === true;
const ctrl = (e: NavKey) => e.ctrlKey === true || e.metaKey === true;

/** The index after a key press in a list of `count` marks, or null when the key is not a list key. */
export function nextListIndex(count: number, index: number, event: NavKey): number | null {
  if (count <= 0 || modified(event)) return null;
  const dir = KEY_DIRECTIONS[event.key];
  const last = count - 1;
  const at = Math.min(Math.max(index, 0), last);
  if (dir) {
    if (ctrl(event)) return null;
    return dir === 'right' || dir === 'down' ? Math.min(last, at + 1) : Math.max(0, at - 1);
  }
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return last;
  return null;
}

export interface GridPosition {
  group: number;
  cell: number;
}

export type GridOrientation = 'rows' | 'columns';

/**
 * The position after a key press in a grid, or null when the key is not a grid key.
 * Moving to another group skips empty groups and keeps the cell index where it can (else the group's last
 * cell).
 */
export function nextGridPosition(
  lengths: readonly number[],
  pos: GridPosition,
  event: NavKey,
  orientation: GridOrientation,
): GridPosition | null {
  if (modified(event) || firstCell(lengths) === null) return null;
  const along = orientation === 'rows' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const across = orientation === 'rows' ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
  const length = lengths[pos.group] ?? 0;
  const isArrow = event.key in KEY_DIRECTIONS;
  if (isArrow && ctrl(event)) return null;

  if (event.key === along[0]) return { group: pos.group, cell: Math.max(0, pos.cell - 1) };
  if (event.key === along[1])
    return { group: pos.group, cell: Math.max(0, Math.min(length - 1, pos.cell + 1)) };
  if (event.key === across[0]) return toGroup(lengths, pos, -1);
  if (event.key === across[1]) return toGroup(lengths, pos, 1);
  if (event.key === 'Home') return ctrl(event) ? (firstCell(lengths) ?? pos) : { group: pos.group, cell: 0 };
  if (event.key === 'End')
    return ctrl(event) ? (lastCell(lengths) ?? pos) : { group: pos.group, cell: Math.max(0, length - 1) };
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

/** A grid position as an index into the flat list of cells (groups one after another), and back. */
export function gridIndex(lengths: readonly number[], pos: GridPosition): number {
  let index = pos.cell;
  for (let g = 0; g < pos.group; g++) index += lengths[g] ?? 0;
  return index;
}

export function gridPosition(lengths: readonly number[], index: number): GridPosition | null {
  let rest = index;
  for (let g = 0; g < lengths.length; g++) {
    const length = lengths[g] ?? 0;
    if (rest < length) return { group: g, cell: rest };
    rest -= length;
  }
  return null;
}

/** The grid step as flat indices; null when the key is not a grid key. */
export function nextGridIndex(
  lengths: readonly number[],
  index: number,
  event: NavKey,
  orientation: GridOrientation,
): number | null {
  const pos = gridPosition(lengths, index) ?? firstCell(lengths);
  if (!pos) return null;
  const next = nextGridPosition(lengths, pos, event, orientation);
  return next && gridIndex(lengths, next);
}

export interface Point {
  x: number;
  y: number;
}

/** A step sideways costs this many steps ahead. */
const ACROSS_WEIGHT = 3;

/**
 * The index of the nearest point in a direction from `points[from]`, or null at the edge. Only points
 * strictly ahead count; points at the very same place are ordered by index (→/↓ to the later, ←/↑ to the
 * earlier), so no mark is out of reach. Ties go to the mark nearest in order.
 */
export function nearestInDirection(points: readonly Point[], from: number, dir: Direction): number | null {
  const origin = points[from];
  if (!origin) return null;
  const forward = dir === 'right' || dir === 'down';
  let best: number | null = null;
  let bestScore = Infinity;
  points.forEach((p, i) => {
    if (i === from) return;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    const same = dx === 0 && dy === 0;
    if (same ? forward !== i > from : along <= 0) return;
    const score = along + across * ACROSS_WEIGHT;
    if (
      score < bestScore ||
      (score === bestScore && best !== null && Math.abs(i - from) < Math.abs(best - from))
    ) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** The index after a key press among positioned marks; null when the key is not a spatial key. */
export function nextSpatialIndex(points: readonly Point[], index: number, event: NavKey): number | null {
  if (points.length === 0 || modified(event)) return null;
  const dir = KEY_DIRECTIONS[event.key];
  const at = Math.min(Math.max(index, 0), points.length - 1);
  if (dir) {
    if (ctrl(event)) return null;
    return nearestInDirection(points, at, dir) ?? at;
  }
  if (event.key === 'Home') return 0;
  if (event.key === 'End') return points.length - 1;
  return null;
}

/** Pure geometry for the two maps: arrow-key moves on the tile grid and callout labels on the geographic map. */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface GridCell {
  code: string;
  col: number;
  row: number;
}

/**
 * The tile an arrow key moves to: the nearest tile in that direction, preferring the same row (or column).
 * Returns null at the edge of the grid.
 */
export function neighbourTile(cells: readonly GridCell[], from: GridCell, dir: Direction): GridCell | null {
  let best: GridCell | null = null;
  let bestScore = Infinity;
  for (const c of cells) {
    const dCol = c.col - from.col;
    const dRow = c.row - from.row;
    const along = dir === 'right' ? dCol : dir === 'left' ? -dCol : dir === 'down' ? dRow : -dRow;
    const across = Math.abs(dir === 'left' || dir === 'right' ? dRow : dCol);
    if (along <= 0) continue;
    // A step sideways costs more than a step ahead, so a key keeps to its row or column where it can.
    const score = along + across * 3;
    if (score < bestScore || (score === bestScore && best && c.code < best.code)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

export const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/**
 * Vertical positions for a column of callout labels: each label as near its anchor's y as it can be,
 * at least `gap` apart, kept within [top, bottom]. Returns the label y for each anchor id.
 */
export function stackLabels(
  anchors: readonly { id: string; y: number }[],
  { gap, top, bottom }: { gap: number; top: number; bottom: number },
): Map<string, number> {
  const sorted = [...anchors].sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1));
  const ys = sorted.map((a) => a.y);
  // Push down past the previous label, then pull back up from the bottom edge.
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, top, i > 0 ? ys[i - 1]! + gap : top);
  for (let i = ys.length - 1; i >= 0; i--)
    ys[i] = Math.min(ys[i]!, i < ys.length - 1 ? ys[i + 1]! - gap : bottom);
  return new Map(sorted.map((a, i) => [a.id, ys[i]!]));
}

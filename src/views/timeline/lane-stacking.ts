/**
 * Stacks the marks of one lane into sub-rows so that no mark or label overlaps another. Works in pixels,
 * because what must not overlap is what is drawn: a one-day dot is wider than its day when zoomed out.
 */

export interface StackItem {
  id: string;
  /** Left and right pixel edges of the mark. */
  x0: number;
  x1: number;
  /** Width the full label would need, drawn right of the mark. */
  labelWidth: number;
}

export interface StackedItem {
  id: string;
  row: number;
  /** Room given to the label right of the mark (0 = no label; the tooltip carries the title). */
  labelRoom: number;
}

export interface StackOptions {
  /** Right edge of the plot: labels stop there. */
  plotRight: number;
  /** Free pixels kept between neighbours in a row. */
  gap?: number;
  /** Space between a mark and its label. */
  labelGap?: number;
  /** Labels narrower than this are dropped rather than cut to a stub. */
  minLabel?: number;
  /** Beyond this many rows, labels give way (are cut) before another row is opened. */
  maxRows?: number;
}

interface RowState {
  /** Right edge of the last mark. */
  markEnd: number;
  /** Right edge of the last mark's label (= markEnd when it has none). */
  labelEnd: number;
  last: StackedItem;
  lastX1: number;
}

/**
 * Greedy interval stacking in time order: an item goes to the first row where it and its label fit;
 * failing that, to a new row while there are fewer than `maxRows`; failing that, to the first row whose
 * last mark ends before it starts, cutting that mark's label; only when marks themselves collide is a row
 * added beyond `maxRows`. Marks never overlap; a label is kept only where it has room.
 */
export function stackLane(items: readonly StackItem[], options: StackOptions): StackedItem[] {
  const { plotRight, gap = 4, labelGap = 4, minLabel = 36, maxRows = 4 } = options;
  const rows: RowState[] = [];
  const out: StackedItem[] = [];
  const sorted = [...items].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);

  const labelFor = (item: StackItem) => {
    const room = Math.min(item.labelWidth, plotRight - (item.x1 + labelGap));
    return room >= minLabel ? room : 0;
  };

  for (const item of sorted) {
    const room = labelFor(item);
    const placed: StackedItem = { id: item.id, row: 0, labelRoom: room };
    let row = rows.findIndex((r) => r.labelEnd + gap <= item.x0);
    if (row < 0 && rows.length < maxRows) row = rows.length;
    if (row < 0) {
      row = rows.findIndex((r) => r.markEnd + gap <= item.x0);
      const previous = row >= 0 ? rows[row] : undefined;
      if (previous) {
        // Cut the previous label to the space left before this mark.
        const left = item.x0 - gap - (previous.lastX1 + labelGap);
        previous.last.labelRoom = left >= minLabel ? Math.min(previous.last.labelRoom, left) : 0;
      }
    }
    if (row < 0) row = rows.length;
    placed.row = row;
    const labelEnd = room > 0 ? item.x1 + labelGap + room : item.x1;
    rows[row] = { markEnd: item.x1, labelEnd, last: placed, lastX1: item.x1 };
    out.push(placed);
  }
  return out;
}

/** Rows a stacked lane needs (at least one, so an empty lane still shows). */
export function rowCount(stacked: readonly StackedItem[]): number {
  return stacked.reduce((n, s) => Math.max(n, s.row + 1), 1);
}

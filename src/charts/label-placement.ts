/**
 * Label placement for every chart, in pixels, pure (no DOM) and testable:
 * - `placeLabels`: point labels in a scatter, each at the first free spot around its point;
 * - `placeDirectLabels`: names at line ends, nudged apart, or null when the legend must do instead;
 * - `assignLanes`: intervals packed into the fewest lanes without overlap (event markers);
 * - `stackLane`: the same for marks that carry a label to their right, cutting labels before adding rows;
 * - `packRows`: intervals in a fixed number of rows, overlapping where they must (marks drawn as paths).
 */

export interface LabelRequest {
  /** Point centre and radius, in pixels. */
  x: number;
  y: number;
  r: number;
  /** Estimated label box size. */
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends Box {
  /** True when the label sits away from its point and needs a line back to it. */
  leader: boolean;
}

const GAP = 4;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Box, bounds: Box): boolean {
  return (
    a.x >= bounds.x &&
    a.y >= bounds.y &&
    a.x + a.width <= bounds.x + bounds.width &&
    a.y + a.height <= bounds.y + bounds.height
  );
}

function candidates(p: LabelRequest): { box: Box; leader: boolean }[] {
  const out: { box: Box; leader: boolean }[] = [];
  for (const distance of [1, 2.5, 4]) {
    const d = p.r + GAP * distance + (distance > 1 ? 8 * distance : 0);
    const spots: [number, number][] = [
      [p.x + d, p.y - p.height / 2], // right
      [p.x - d - p.width, p.y - p.height / 2], // left
      [p.x - p.width / 2, p.y - d - p.height], // above
      [p.x - p.width / 2, p.y + d], // below
      [p.x + d * 0.7, p.y - d * 0.7 - p.height], // upper right
      [p.x + d * 0.7, p.y + d * 0.7], // lower right
      [p.x - d * 0.7 - p.width, p.y - d * 0.7 - p.height], // upper left
      [p.x - d * 0.7 - p.width, p.y + d * 0.7], // lower left
    ];
    for (const [x, y] of spots)
      out.push({ box: { x, y, width: p.width, height: p.height }, leader: distance > 1 });
  }
  return out;
}

/** Cell size of the grid that finds a box's neighbours: about one label's height. */
const CELL = 32;

/**
 * Boxes bucketed by the grid cells they cover, so asking whether a box overlaps any of them looks at its
 * neighbours only: placing n labels stays near-linear where comparing every pair would be n² (1,000 points
 * of a scatter at 100× the data took 150 ms).
 */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();

  /** Calls `visit` with each cell the box covers until it returns true; numeric keys, for speed. */
  private some(b: Box, visit: (key: number) => boolean): boolean {
    const i1 = Math.floor((b.x + b.width) / CELL);
    const j0 = Math.floor(b.y / CELL);
    const j1 = Math.floor((b.y + b.height) / CELL);
    for (let i = Math.floor(b.x / CELL); i <= i1; i++)
      for (let j = j0; j <= j1; j++) if (visit((i + 4096) * 8192 + j + 4096)) return true;
    return false;
  }

  add(b: Box) {
    this.some(b, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(b);
      else this.cells.set(key, [b]);
      return false;
    });
  }

  hits(b: Box): boolean {
    return this.some(b, (key) => this.cells.get(key)?.some((other) => overlaps(other, b)) ?? false);
  }
}

function place(
  requests: readonly LabelRequest[],
  bounds: Box,
  stopAtMiss: boolean,
): { labels: (PlacedLabel | null)[]; stopped: boolean } {
  const points = new BoxGrid();
  for (const p of requests) points.add({ x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r });
  const labels = new BoxGrid();
  const out: (PlacedLabel | null)[] = [];
  for (const p of requests) {
    const spot = candidates(p).find(
      ({ box }) => inside(box, bounds) && !labels.hits(box) && !points.hits(box),
    );
    if (!spot && stopAtMiss) return { labels: out, stopped: true };
    if (spot) labels.add(spot.box);
    out.push(spot ? { ...spot.box, leader: spot.leader } : null);
  }
  return { labels: out, stopped: false };
}

/**
 * Greedy placement of point labels in a scatter: each label tries spots around its point, nearest first,
 * then farther out (drawn with a leader line), and takes the first one that overlaps no other label, no
 * point and stays inside the plot. A label with no free spot is left out; its point keeps its tooltip.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box): (PlacedLabel | null)[] {
  return place(requests, bounds, false).labels;
}

/** `placeLabels` when every label must be placed: null as soon as one finds no free spot. */
export function placeAllLabels(requests: readonly LabelRequest[], bounds: Box): PlacedLabel[] | null {
  const { labels, stopped } = place(requests, bounds, true);
  return stopped ? null : labels.filter((label): label is PlacedLabel => label !== null);
}

/** Nearest point of a box's edge to (x, y): where a leader line meets the label. */
export function boxAnchor(box: Box, x: number, y: number): { x: number; y: number } {
  return {
    x: Math.max(box.x, Math.min(x, box.x + box.width)),
    y: Math.max(box.y, Math.min(y, box.y + box.height)),
  };
}

export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
}

/**
 * Direct labels at line ends, nudged apart vertically. Returns null (use the legend instead) when a label
 * would leave the chart or have to move more than `maxShift` px from its line.
 */
export function placeDirectLabels(
  labels: readonly LabelBox[],
  chartWidth: number,
  lineHeight = 15,
  maxShift = 22,
): LabelBox[] | null {
  const placed = [...labels].sort((a, b) => a.y - b.y).map((l) => ({ ...l }));
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1];
    const cur = placed[i];
    if (!prev || !cur) continue;
    const sharesRow = cur.x < prev.x + prev.width && prev.x < cur.x + cur.width;
    if (sharesRow && cur.y - prev.y < lineHeight) cur.y = prev.y + lineHeight;
  }
  const original = new Map(labels.map((l) => [l.key, l.y]));
  const fits = placed.every(
    (l) => l.x + l.width <= chartWidth && Math.abs(l.y - (original.get(l.key) ?? l.y)) <= maxShift,
  );
  return fits ? placed : null;
}

/**
 * Stacks horizontal intervals (event marks in px) into lanes so that none overlap: each goes into the
 * first lane whose last interval ends `gap` px before it starts.
 */
export function assignLanes(intervals: readonly { start: number; end: number }[], gap = 4): number[] {
  const laneEnds: number[] = [];
  return intervals.map(({ start, end }) => {
    let lane = laneEnds.findIndex((e) => e + gap <= start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = end;
    return lane;
  });
}

/**
 * Intervals packed into at most `maxRows` rows, in the order given: each goes into the first row whose last
 * interval ends `gap` px before it starts, else a new row while there are fewer than `maxRows`, else the row
 * that ends first, where it overlaps. For marks too many to keep apart, drawn so that they may.
 */
export function packRows(
  intervals: readonly { x0: number; x1: number }[],
  maxRows: number,
  gap = 2,
): number[] {
  const ends: number[] = [];
  const order = intervals.map((_, i) => i).sort((a, b) => (intervals[a]?.x0 ?? 0) - (intervals[b]?.x0 ?? 0));
  const rows: number[] = new Array<number>(intervals.length).fill(0);
  for (const i of order) {
    const { x0, x1 } = intervals[i] ?? { x0: 0, x1: 0 };
    let row = ends.findIndex((end) => end + gap <= x0);
    if (row < 0 && ends.length < maxRows) row = ends.length;
    if (row < 0) row = ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row] ?? x1, x1);
    rows[i] = row;
  }
  return rows;
}

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
export function rowCount(stacked: readonly { row: number }[]): number {
  return stacked.reduce((n, s) => Math.max(n, s.row + 1), 1);
}

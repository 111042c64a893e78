/**
 * Greedy placement of point labels in a scatter: each label tries spots around its point, nearest first,
 * then farther out (drawn with a leader line), and takes the first one that overlaps no other label, no
 * point and stays inside the plot. A label with no free spot is left out; its point keeps its tooltip.
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

export function placeLabels(requests: readonly LabelRequest[], bounds: Box): (PlacedLabel | null)[] {
  const pointBoxes: Box[] = requests.map((p) => ({
    x: p.x - p.r,
    y: p.y - p.r,
    width: 2 * p.r,
    height: 2 * p.r,
  }));
  const placed: Box[] = [];
  return requests.map((p) => {
    const spot = candidates(p).find(
      ({ box }) =>
        inside(box, bounds) &&
        !placed.some((b) => overlaps(b, box)) &&
        !pointBoxes.some((b) => overlaps(b, box)),
    );
    if (!spot) return null;
    placed.push(spot.box);
    return { ...spot.box, leader: spot.leader };
  });
}

/** Nearest point of a box's edge to (x, y): where a leader line meets the label. */
export function boxAnchor(box: Box, x: number, y: number): { x: number; y: number } {
  return {
    x: Math.max(box.x, Math.min(x, box.x + box.width)),
    y: Math.max(box.y, Math.min(y, box.y + box.height)),
  };
}

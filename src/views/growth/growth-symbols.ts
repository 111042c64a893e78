/** Marker shapes shared by the chart, its controls and its legend. */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, type SymbolType } from 'd3-shape';

/** Marker shape per series (by snapshot position), so that colour is never the only cue. */
const SHAPES: { type: SymbolType; size: number }[] = [
  { type: symbolCircle, size: 72 },
  { type: symbolSquare, size: 60 },
  { type: symbolDiamond, size: 84 },
];

export function markerPath(seriesIndex: number, scale = 1): string {
  const shape = SHAPES[seriesIndex % SHAPES.length] ?? SHAPES[0];
  return symbol(shape?.type ?? symbolCircle, (shape?.size ?? 72) * scale * scale)() ?? '';
}

/** Every marker of a series as one path `d`: the series' shape drawn at each (x, y), to 0.1 px. */
export function markerPathAt(seriesIndex: number, at: readonly (readonly [number, number])[]): string {
  const shape = SHAPES[seriesIndex % SHAPES.length] ?? SHAPES[0];
  return symbolPathAt(shape?.type ?? symbolCircle, shape?.size ?? 72, at);
}

/** One d3 symbol of `size` (area, px²) drawn at each (x, y) as a single path `d`, to 0.1 px. */
export function symbolPathAt(
  type: SymbolType,
  size: number,
  at: readonly (readonly [number, number])[],
): string {
  const n = (v: number) => Math.round(v * 10) / 10;
  const parts: string[] = [];
  let dx = 0;
  let dy = 0;
  // d3's symbols draw around the origin into a canvas-like context; this one writes SVG path commands at the
  // marker's place. The three shapes use only these calls (a circle is one full arc).
  const context = {
    moveTo: (x: number, y: number) => parts.push(`M${n(x + dx)},${n(y + dy)}`),
    lineTo: (x: number, y: number) => parts.push(`L${n(x + dx)},${n(y + dy)}`),
    closePath: () => parts.push('Z'),
    rect: (x: number, y: number, w: number, h: number) =>
      parts.push(`M${n(x + dx)},${n(y + dy)}h${n(w)}v${n(h)}h${n(-w)}Z`),
    arc: (x: number, y: number, r: number) => {
      const [cx, cy, rr] = [n(x + dx), n(y + dy), n(r)];
      parts.push(
        `M${n(cx + rr)},${cy}A${rr},${rr},0,1,1,${n(cx - rr)},${cy}A${rr},${rr},0,1,1,${n(cx + rr)},${cy}`,
      );
    },
  };
  for (const [x, y] of at) {
    [dx, dy] = [x, y];
    type.draw(context as unknown as Parameters<SymbolType['draw']>[0], size);
  }
  return parts.join('');
}

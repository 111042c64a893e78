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

/** Marker shapes and paints shared by the chart, its controls and its legend. */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, type SymbolType } from 'd3-shape';
import type { MarkerStyle } from './growth-series';

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

/** Fill and stroke for a qualifier's marker: filled = exact, open = bound, dashed outline = approximate. */
export function markerPaint(style: MarkerStyle, color: string, background: string) {
  switch (style) {
    case 'filled':
      return { fill: color, stroke: color };
    case 'open':
      return { fill: background, stroke: color };
    case 'dashed':
      return { fill: background, stroke: color, strokeDasharray: '2.5 1.8' };
    case 'light':
      return { fill: color, fillOpacity: 0.35, stroke: color, strokeDasharray: '1 2' };
  }
}

import type { MarkStyle } from './map-styles';
import type { RegionCategory } from './regions-series';

/**
 * A marker on the geographic map; its shape says the category as well as its colour:
 * core = filled circle, named = hatched circle, Moscow (home) = diamond.
 */
export function MarkerShape({
  category,
  style,
  x,
  y,
  r,
}: {
  category: RegionCategory;
  style: MarkStyle;
  x: number;
  y: number;
  r: number;
}) {
  const common = {
    fill: style.fill,
    stroke: style.stroke === 'none' ? undefined : style.stroke,
    strokeWidth: Math.min(style.strokeWidth, 2.5),
    strokeDasharray: style.dash,
  };
  if (category === 'home') {
    const d = r * 1.25;
    return <path d={`M${x},${y - d}L${x + d},${y}L${x},${y + d}L${x - d},${y}Z`} {...common} />;
  }
  return <circle cx={x} cy={y} r={r} {...common} />;
}

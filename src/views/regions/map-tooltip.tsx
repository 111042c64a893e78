import type { ReactNode } from 'react';

/**
 * A tooltip over a map mark at (x, y) in the chart body's coordinates. It opens above the mark (below it
 * near the top edge) and is anchored by its left or right edge near the sides, so it never leaves the chart.
 */
export function MapTooltip({
  id,
  x,
  y,
  gap,
  width,
  children,
}: {
  id: string;
  x: number;
  y: number;
  /** Distance from the point to the tooltip (half a tile, or a marker's radius). */
  gap: number;
  width: number;
  children: ReactNode;
}) {
  const horizontal = x < width * 0.3 ? '0%' : x > width * 0.7 ? '-100%' : '-50%';
  const below = y < 140;
  return (
    <div
      id={id}
      role="tooltip"
      className="chart-tooltip regions-tooltip"
      style={{
        left: x,
        top: below ? y + gap + 6 : y - gap - 6,
        transform: `translate(${horizontal}, ${below ? '0' : '-100%'})`,
      }}
    >
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';

const HALF_WIDTH = 140;

/**
 * A tooltip positioned over a chart at (x, y) in the chart body's pixels: above the mark, or below it near
 * the top edge, and kept inside the chart's width so it is never clipped on a phone.
 */
export function ChartTip({
  id,
  x,
  y,
  width,
  children,
}: {
  id: string;
  x: number;
  y: number;
  width: number;
  children: ReactNode;
}) {
  const left = width < 2 * HALF_WIDTH ? width / 2 : Math.max(HALF_WIDTH, Math.min(x, width - HALF_WIDTH));
  const below = y < 110;
  return (
    <div
      id={id}
      role="tooltip"
      className="card chart-tooltip subclusters-tip"
      style={{
        left,
        top: y,
        transform: below ? 'translate(-50%, 14px)' : 'translate(-50%, calc(-100% - 10px))',
      }}
    >
      {children}
    </div>
  );
}

import { GHOST_DASH } from '../../charts/ghost-legend';
import type { RowBox } from './sectors-layout';
import type { BarRow } from './sectors-series';

/**
 * The other snapshot's value of each bar (`?compare=`): an unfilled dash-dot outline on the same scale,
 * around or beyond the bar. Out of the tooltips and the Tab order; the legend names it.
 */
export function BarGhosts({
  rows,
  boxes,
  barX,
  limit,
  ghost,
  color,
}: {
  rows: readonly BarRow[];
  boxes: readonly RowBox[];
  barX: number;
  /** The right edge a bar may reach. */
  limit: number;
  ghost: ReadonlyMap<string, number>;
  color: string;
}) {
  // The chart's scale, read back from a drawn bar: bars are value × (width ÷ largest value).
  const scaleRow = rows.findIndex((r, i) => (r.figure?.value ?? 0) > 0 && (boxes[i]?.barWidth ?? 0) > 2);
  const perUnit = scaleRow < 0 ? 0 : (boxes[scaleRow]?.barWidth ?? 0) / (rows[scaleRow]?.figure?.value ?? 1);
  if (perUnit === 0) return null;
  return (
    <g className="sectors-ghost" aria-hidden="true" pointerEvents="none" data-ghost="">
      {rows.map((row, i) => {
        const value = ghost.get(row.key);
        const box = boxes[i];
        if (value === undefined || !box) return null;
        return (
          <rect
            key={row.key}
            data-key={row.key}
            x={barX}
            y={box.barY - 3}
            width={Math.max(2, Math.min(limit - barX, value * perUnit))}
            height={box.barHeight + 6}
            fill="none"
            stroke={color}
            strokeWidth={1.5}
            strokeDasharray={GHOST_DASH}
          />
        );
      })}
    </g>
  );
}

import { GHOST_DASH } from '../../charts/ghost-legend';

export interface SizeGhostRow {
  id: string;
  barY: number;
}

/**
 * Each sub-cluster's participants and projects in the other snapshot (`?compare=`): unfilled dash-dot outlines
 * on the bars' scales. Out of the tooltips and the Tab order; the legend names them.
 */
export function SizeGhosts({
  rows,
  ghost,
  x,
  xp,
  barHeight,
  color,
}: {
  rows: readonly SizeGhostRow[];
  ghost: ReadonlyMap<string, { participants: number; projects: number }>;
  x: (v: number) => number;
  xp: (v: number) => number;
  barHeight: number;
  color: string;
}) {
  const outline = { fill: 'none', stroke: color, strokeWidth: 1.5, strokeDasharray: GHOST_DASH };
  return (
    <g className="subclusters-ghost" aria-hidden="true" pointerEvents="none" data-ghost="">
      {rows.map(({ id, barY }) => {
        const other = ghost.get(id);
        if (!other) return null;
        return (
          <g key={id} data-key={id}>
            <rect
              x={x(0)}
              y={barY - 3}
              width={Math.max(2, x(other.participants) - x(0))}
              height={barHeight + 6}
              {...outline}
            />
            <rect
              x={xp(0)}
              y={barY}
              width={Math.max(2, xp(other.projects) - xp(0))}
              height={barHeight}
              {...outline}
            />
          </g>
        );
      })}
    </g>
  );
}

import { line } from 'd3-shape';
import { GHOST_DASH } from '../../charts/ghost-legend';
import type { ChartSeries } from './growth-series';

const ghostPath = line<[number, number]>();

/**
 * The ghost layer: each series of the other snapshot as one thin dash-dot line in the neutral colour, with a
 * small cross at each figure. Crosses and dash-dot are used by no other mark (filled, open and hatched markers
 * mean kinds of figure), so the layer reads without colour; it is out of the tooltips and the Tab order, and
 * the legend names it.
 */
export function GrowthGhost({
  series,
  x,
  y,
  color,
}: {
  series: ChartSeries[];
  x: (t: number) => number;
  y: (v: number) => number;
  color: string;
}) {
  return (
    <g className="growth-ghost" aria-hidden="true" pointerEvents="none" data-ghost="">
      {series.map((s) => {
        const at = s.points.map((p): [number, number] => [x(p.x), y(p.figure.value)]);
        return (
          <g key={s.id} data-series={s.id}>
            <path
              d={ghostPath(at) ?? undefined}
              fill="none"
              stroke={color}
              strokeWidth={1.5}
              strokeDasharray={GHOST_DASH}
            />
            {at.map(([px, py], i) => (
              <path
                key={s.points[i]?.figure.id ?? i}
                d={`M${px - 3.5} ${py - 3.5}l7 7m0 -7l-7 7`}
                stroke={color}
                strokeWidth={1.5}
              />
            ))}
          </g>
        );
      })}
    </g>
  );
}

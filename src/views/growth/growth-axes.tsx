import { textWidth } from '../../charts/text-measure';

interface YGridProps {
  ticks: { value: number; label: string }[];
  y: (v: number) => number;
  left: number;
  right: number;
  grid: string;
  text: string;
}

/** Light horizontal grid with the value labels left of the plot, as in OWID's Grapher. */
export function YGrid({ ticks, y, left, right, grid, text }: YGridProps) {
  return (
    <g className="growth-grid" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t.value} transform={`translate(0,${Math.round(y(t.value)) + 0.5})`}>
          <line x1={left} x2={right} stroke={grid} strokeDasharray={t.value === 0 ? undefined : '3 3'} />
          <text x={left - 6} dy="0.32em" textAnchor="end" fontSize={12} fill={text}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

interface XAxisProps {
  ticks: { value: number; label: string }[];
  x: (t: number) => number;
  y: number;
  width: number;
  tickTop: number;
  grid: string;
  text: string;
}

/** Time labels under the chart; a label near an edge is anchored inside so it is never clipped. */
export function XAxis({ ticks, x, y, width, tickTop, grid, text }: XAxisProps) {
  return (
    <g className="growth-x-axis" aria-hidden="true">
      {ticks.map((t) => {
        const px = x(t.value);
        const half = textWidth(t.label) / 2;
        const anchor = px - half < 0 ? 'start' : px + half > width ? 'end' : 'middle';
        return (
          <g key={t.value}>
            <line x1={px} x2={px} y1={tickTop} y2={tickTop + 5} stroke={grid} />
            <text
              x={anchor === 'start' ? 0 : anchor === 'end' ? width : px}
              y={y}
              textAnchor={anchor}
              fontSize={12}
              fill={text}
            >
              {t.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

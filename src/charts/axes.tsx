/**
 * Axes for the hand-drawn SVG charts: grid lines with their value labels, drawn one way on every chart.
 * Ticks come from one place per kind of scale: value-ticks.ts for linear and log scales, time-ticks.ts for time.
 */
import { textWidth } from './text-measure';
import type { AxisTick } from './value-ticks';
import type { AxisTick as TimeTick } from './time-ticks';

interface AxisStyle {
  /** Grid line colour. */
  stroke: string;
  /** Label colour. */
  fill: string;
  fontSize?: number;
}

/**
 * Horizontal grid lines from `left` to `right` with their labels right-aligned `gap` px left of the plot, as
 * in OWID's Grapher. `dash` may dash some lines (all but the zero line, say).
 */
export function AxisLeft(
  props: AxisStyle & {
    ticks: readonly AxisTick[];
    y: (value: number) => number;
    left: number;
    right: number;
    gap?: number;
    dash?: (value: number) => string | undefined;
  },
) {
  const { ticks, y, left, gap = 6, fontSize = 12 } = props;
  return (
    <g className="axis axis--left" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t.value} transform={`translate(0,${y(t.value)})`}>
          <line x1={left} x2={props.right} stroke={props.stroke} strokeDasharray={props.dash?.(t.value)} />
          <text x={left - gap} dy="0.32em" textAnchor="end" fontSize={fontSize} fill={props.fill}>
            {t.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * Vertical lines from `top` to `bottom` (the whole plot for a grid, 5 px for tick marks) with labels centred
 * under them at `labelY`. A label that would cross the chart's edge (0 or `width`) is anchored inside it.
 */
export function AxisBottom({
  ticks,
  x,
  top,
  bottom,
  labelY,
  width,
  stroke,
  fill,
  fontSize = 12,
}: AxisStyle & {
  ticks: readonly AxisTick[];
  x: (value: number) => number;
  top: number;
  bottom: number;
  labelY: number;
  width: number;
}) {
  return (
    <g className="axis axis--bottom" aria-hidden="true">
      {ticks.map((t) => {
        const px = x(t.value);
        const half = textWidth(t.label, fontSize) / 2;
        const anchor = px - half < 0 ? 'start' : px + half > width ? 'end' : 'middle';
        return (
          <g key={t.value}>
            <line x1={px} x2={px} y1={top} y2={bottom} stroke={stroke} />
            <text
              x={anchor === 'start' ? 0 : anchor === 'end' ? width : px}
              y={labelY}
              textAnchor={anchor}
              fontSize={fontSize}
              fill={fill}
            >
              {t.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** An axis's name, in the labels' colour and weight 600; `rotate` turns it to run up the left side. */
export function AxisTitle({
  x,
  y,
  fill,
  anchor = 'middle',
  rotate = false,
  children,
}: {
  x: number;
  y: number;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
  rotate?: boolean;
  children: string;
}) {
  return (
    <text
      {...(rotate ? { transform: `translate(${x} ${y}) rotate(-90)` } : { x, y })}
      textAnchor={anchor}
      fill={fill}
      fontSize={12}
      fontWeight={600}
    >
      {children}
    </text>
  );
}

/**
 * A time axis over the plot, for event timelines: grid lines from `top` to `bottom` (solid on 1 January,
 * dotted otherwise), each tick's label just right of its line at `labelY` and, where the year changes, the
 * year in bold `yearGap` px lower. A label that would cross the right edge (`width`) is left out.
 */
export function AxisTimeTop({
  ticks,
  top,
  bottom,
  labelY,
  yearGap = 14,
  width,
  stroke,
  fill,
  yearFill,
  fontSize = 12,
  className = 'axis axis--time',
}: AxisStyle & {
  className?: string;
  ticks: readonly TimeTick[];
  top: number;
  bottom: number;
  labelY: number;
  yearGap?: number;
  width: number;
  yearFill: string;
}) {
  const fits = (x: number, text: string) => x + 3 + textWidth(text, fontSize) <= width;
  return (
    <g aria-hidden="true" className={className}>
      {ticks.map((tick) => (
        <g key={tick.at}>
          <line
            x1={tick.x}
            x2={tick.x}
            y1={top}
            y2={bottom}
            stroke={stroke}
            strokeWidth={tick.yearStart ? 1.5 : 1}
            strokeDasharray={tick.yearStart ? undefined : '2 3'}
          />
          {fits(tick.x, tick.label) && (
            <text x={tick.x + 3} y={labelY} fontSize={fontSize} fill={fill}>
              {tick.label}
            </text>
          )}
          {tick.year && fits(tick.x, tick.year) && (
            <text x={tick.x + 3} y={labelY + yearGap} fontSize={fontSize} fontWeight={600} fill={yearFill}>
              {tick.year}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}

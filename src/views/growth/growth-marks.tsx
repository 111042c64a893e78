import { line } from 'd3-shape';
import { hatchId, kindPaint } from '../../charts/figure-kinds';
import { pointKey, type RovingItemProps } from './growth-focus';
import { markerPath } from './growth-symbols';
import type { ChartPoint, ChartSeries } from './growth-series';

const segmentPath = line<[number, number]>();

/** What drawing a series needs, point by point (`SeriesMarks`) or as paths (`DenseSeriesMarks`). */
export interface SeriesMarksBase {
  series: ChartSeries;
  color: string;
  background: string;
  /** Prefix of the chart's `<KindHatches>`, for derived points. */
  hatches: string;
  highlight: string;
  x: (t: number) => number;
  y: (v: number) => number;
  activeId: string | undefined;
  onEnter: (point: ChartPoint, px: number, py: number) => void;
  onLeave: () => void;
  itemProps: RovingItemProps;
}

interface SeriesMarksProps extends SeriesMarksBase {
  /** Accessible name of each point (value, date, kind, source). */
  describe: (point: ChartPoint) => string;
}

/** One series: segments (dashed where an end is not exact), period bars, then focusable markers on top. */
export function SeriesMarks(props: SeriesMarksProps) {
  const { series, color, background, hatches, highlight, x, y, describe, activeId, onEnter, onLeave } = props;
  const { itemProps } = props;
  return (
    <g className="growth-series" data-series={series.id}>
      {series.segments.map((s) => (
        <path
          key={`${s.from.figure.id}>${s.to.figure.id}`}
          d={
            segmentPath([
              [x(s.from.x), y(s.from.figure.value)],
              [x(s.to.x), y(s.to.figure.value)],
            ]) ?? undefined
          }
          fill="none"
          stroke={color}
          strokeWidth={2}
          strokeDasharray={s.dashed ? '6 4' : undefined}
          data-dashed={s.dashed}
        />
      ))}
      {series.points
        .filter((p) => p.precision !== 'day')
        .map((p) => {
          const py = y(p.figure.value);
          const [x0, x1] = [x(p.period.start), x(p.period.end)];
          return (
            <g
              key={`bar-${p.figure.id}`}
              stroke={color}
              strokeWidth={2}
              opacity={0.7}
              data-precision={p.precision}
            >
              <line
                x1={x0}
                x2={x1}
                y1={py}
                y2={py}
                strokeDasharray={p.dateApproximate ? '1 3' : undefined}
                strokeLinecap="round"
              />
              <line x1={x0} x2={x0} y1={py - 4} y2={py + 4} />
              <line x1={x1} x2={x1} y1={py - 4} y2={py + 4} />
            </g>
          );
        })}
      {series.points.map((p) => {
        const px = x(p.x);
        const py = y(p.figure.value);
        const active = activeId === p.figure.id;
        return (
          <g
            key={p.figure.id}
            className="growth-point"
            transform={`translate(${px},${py})`}
            {...itemProps(pointKey(series, p), { onFocus: () => onEnter(p, px, py) })}
            role="img"
            aria-label={describe(p)}
            data-figure={p.figure.id}
            data-kind={p.kind}
            onMouseEnter={() => onEnter(p, px, py)}
            onMouseLeave={onLeave}
            onBlur={onLeave}
          >
            <circle r={12} fill="transparent" />
            {p.primary && (
              <circle r={10} fill="none" stroke={highlight} strokeWidth={2} className="growth-point__ring" />
            )}
            {active && (
              <circle
                r={p.primary ? 13 : 10}
                fill="none"
                stroke={color}
                strokeOpacity={0.45}
                strokeWidth={3}
              />
            )}
            <path
              d={markerPath(series.index)}
              {...kindPaint(p.kind, color, background, hatchId(hatches, color))}
            />
          </g>
        );
      })}
    </g>
  );
}

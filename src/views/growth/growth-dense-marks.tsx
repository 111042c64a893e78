import { useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { hatchId, kindPaint } from '../../charts/figure-kinds';
import { alongKeys, nearestToPointer } from '../../charts/dense-marks';
import { denseKey, densePaths } from './growth-dense-paths';
import type { SeriesMarksBase } from './growth-marks';
import type { ChartPoint } from './growth-series';

interface DenseSeriesMarksProps extends SeriesMarksBase {
  /** The point the keyboard is on (index into `series.points`). */
  cursor: number;
  onCursor: (index: number) => void;
  /** Accessible name of the point at the cursor (value, date, kind, source, place on the line). */
  describe: (point: ChartPoint, index: number) => string;
}

/**
 * A series with more points than the plot has room for, drawn with a fixed number of elements: one path for
 * the solid and one for the dashed segments, the period bars as paths, and the markers as one path per figure
 * kind, painted exactly as a single point of that kind (`kindPaint`), so the legend holds. Rings mark the
 * presentation's figures and the point shown. The keyboard reaches every point through one focusable element:
 * ← and → (Home, End) move along the line and the tooltip follows; ↑ and ↓, and ← or → past an end, go on to
 * the chart's other marks. The pointer shows the point nearest to it. The table lists every figure.
 */
export function DenseSeriesMarks(props: DenseSeriesMarksProps) {
  const { series, color, background, hatches, highlight, x, y, cursor, onCursor, describe } = props;
  const { activeId, onEnter, onLeave, itemProps } = props;
  // Per data and size, not per hover or key press: the paths of 10,000 points take a while to write.
  const paths = useMemo(() => densePaths(series, x, y), [series, x, y]);
  const { at } = paths;
  const index = Math.min(Math.max(0, cursor), series.points.length - 1);
  const show = (i: number) => {
    const p = series.points[i];
    const xy = at[i];
    if (p && xy) onEnter(p, xy[0], xy[1]);
  };
  const item = itemProps(denseKey(series), { onFocus: () => show(index) });
  const onKeyDown = alongKeys<KeyboardEvent<SVGPathElement>>(
    index,
    series.points.length - 1,
    [onCursor, show],
    item.onKeyDown,
  );
  const nearest = (e: MouseEvent<SVGElement>) => {
    const best = nearestToPointer(at, e.currentTarget, e);
    if (best !== null && series.points[best]?.figure.id !== activeId) show(best);
  };
  const active = series.points.findIndex((p) => p.figure.id === activeId);
  const current = series.points[index];
  const ring = (i: number, primary: boolean) => {
    const xy = at[i];
    return xy ? (
      <circle
        cx={xy[0]}
        cy={xy[1]}
        r={primary ? 13 : 10}
        fill="none"
        stroke={color}
        strokeOpacity={0.45}
        strokeWidth={3}
      />
    ) : null;
  };
  return (
    <g className="growth-series growth-series--dense" data-series={series.id}>
      {paths.solid && <path d={paths.solid} fill="none" stroke={color} strokeWidth={2} />}
      {paths.dashed && (
        <path
          d={paths.dashed}
          fill="none"
          stroke={color}
          strokeWidth={2}
          strokeDasharray="6 4"
          data-dashed="true"
        />
      )}
      {(paths.bars || paths.inferredBars) && (
        <g stroke={color} strokeWidth={2} opacity={0.7} fill="none">
          {paths.bars && <path d={paths.bars} strokeLinecap="round" />}
          {paths.inferredBars && <path d={paths.inferredBars} strokeDasharray="1 3" strokeLinecap="round" />}
          <path d={paths.barEnds} />
        </g>
      )}
      {paths.primary.map((i) => {
        const xy = at[i];
        return xy ? (
          <circle
            key={`ring-${i}`}
            cx={xy[0]}
            cy={xy[1]}
            r={10}
            fill="none"
            stroke={highlight}
            strokeWidth={2}
            className="growth-point__ring"
          />
        ) : null;
      })}
      {active >= 0 && ring(active, series.points[active]?.primary === true)}
      {paths.markers.map(({ kind, d }) => (
        <path key={kind} d={d} {...kindPaint(kind, color, background, hatchId(hatches, color))} />
      ))}
      <path
        {...item}
        onKeyDown={onKeyDown}
        d={paths.hit}
        className="growth-series__hit"
        fill="none"
        stroke="transparent"
        strokeWidth={16}
        pointerEvents="stroke"
        role="img"
        aria-label={current ? describe(current, index) : undefined}
        data-figure={current?.figure.id}
        onMouseMove={nearest}
        onMouseLeave={onLeave}
        onBlur={onLeave}
      />
      {at[index] && (
        <circle className="growth-series__cursor" cx={at[index][0]} cy={at[index][1]} r={12} fill="none" />
      )}
    </g>
  );
}

/**
 * When the growth chart draws a series as paths rather than one element per point, and those paths: pure, so
 * the thresholds and the drawing are testable without a browser.
 */
import { isDenseCount } from '../../charts/dense-marks';
import type { FigureKind } from '../../charts/figure-kinds';
import { markerPathAt } from './growth-symbols';
import type { ChartPoint, ChartSeries } from './growth-series';

/** More points than the plot has room for: the series is drawn as paths (`DenseSeriesMarks`). */
export const isDense = (series: ChartSeries, plotWidth: number) =>
  isDenseCount(series.points.length, plotWidth);

/** The roving-focus id of a dense series: one Tab stop for the whole line. */
export const denseKey = (series: ChartSeries) => `series:${series.id}`;

const n = (v: number) => Math.round(v * 10) / 10;

/** The path data of a dense series: segments by dash, period bars, markers by kind, and the pointer's line. */
export function densePaths(series: ChartSeries, x: (t: number) => number, y: (v: number) => number) {
  const xy = (p: ChartPoint) => [x(p.x), y(p.figure.value)] as const;
  const at = series.points.map(xy);
  const solid: string[] = [];
  const dashed: string[] = [];
  for (const s of series.segments) {
    const [[x0, y0], [x1, y1]] = [xy(s.from), xy(s.to)];
    (s.dashed ? dashed : solid).push(`M${n(x0)},${n(y0)}L${n(x1)},${n(y1)}`);
  }
  const bars: string[] = [];
  const inferredBars: string[] = [];
  const barEnds: string[] = [];
  const byKind = new Map<FigureKind, (readonly [number, number])[]>();
  const primary: number[] = [];
  series.points.forEach((p, i) => {
    const [px, py] = at[i] ?? [0, 0];
    if (p.precision !== 'day') {
      const [x0, x1] = [n(x(p.period.start)), n(x(p.period.end))];
      (p.dateApproximate ? inferredBars : bars).push(`M${x0},${n(py)}H${x1}`);
      barEnds.push(`M${x0},${n(py - 4)}V${n(py + 4)}M${x1},${n(py - 4)}V${n(py + 4)}`);
    }
    const list = byKind.get(p.kind) ?? [];
    list.push([px, py]);
    byKind.set(p.kind, list);
    if (p.primary) primary.push(i);
  });
  return {
    at,
    solid: solid.join(''),
    dashed: dashed.join(''),
    bars: bars.join(''),
    inferredBars: inferredBars.join(''),
    barEnds: barEnds.join(''),
    primary,
    markers: [...byKind].map(([kind, points]) => ({ kind, d: markerPathAt(series.index, points) })),
    hit: at.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${n(px)},${n(py)}`).join(''),
  };
}

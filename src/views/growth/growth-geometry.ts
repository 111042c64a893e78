/**
 * Where everything goes in the growth chart for a given width: margins, scales, ticks, event lanes and
 * direct labels. Pure, so tests can check the layout rules without a browser.
 */
import { scaleUtc } from 'd3-scale';
import type { PlacedEvent } from '../../charts/event-layer';
import type { Language } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { eventLanes, makeYScale, markerMetrics, xTicks, yTicks } from './growth-layout';
import { yDomain, type ChartPoint, type ChartSeries, type Period } from './growth-series';
import type { Scale } from './growth.params';
import { placeDirectLabels, type LabelBox } from '../../charts/label-placement';
import { textWidth } from '../../charts/text-measure';

export const TOP = 16;
/** Below this width the legend alone names the lines (direct labels would crowd the plot). */
const DIRECT_LABELS_MIN_WIDTH = 560;

/** A line's label starts after its last point, or after the end of that point's period bar. */
const labelAnchor = (p: ChartPoint) => (p.precision === 'day' ? p.x : p.period.end);

export interface GeometryInput {
  series: ChartSeries[];
  markers: readonly PlacedEvent[];
  domain: Period;
  scale: Scale;
  width: number;
  lang: Language;
}

export function chartGeometry({ series, markers, domain, scale, width, lang }: GeometryInput) {
  const plotH = Math.round(Math.min(380, Math.max(220, width * 0.42)));
  const yDom = yDomain(
    series.flatMap((s) => s.points.map((p) => p.figure.value)),
    scale,
  );
  const yTickList = yTicks(scale, yDom, plotH).map((value) => ({
    value,
    label: formatNumber(value, lang, 0),
  }));
  const left = Math.max(28, ...yTickList.map((tk) => textWidth(tk.label))) + 10;

  // Room on the right for the labels of lines that end near the right edge; too much room → no labels.
  const ends = series.map((s) => ({ s, last: s.points.at(-1), w: textWidth(s.label[lang], 12.5, 600) }));
  const span = domain.end - domain.start;
  let right = 12;
  if (width >= DIRECT_LABELS_MIN_WIDTH)
    for (const { last, w } of ends) {
      const f = last ? Math.max(0.01, (labelAnchor(last) - domain.start) / span) : 0.01;
      right = Math.max(right, width - left - (width - 10 - w - left) / f);
    }
  const wantLabels = width >= DIRECT_LABELS_MIN_WIDTH && right <= width * 0.32;
  if (!wantLabels) right = 12;

  const xScale = scaleUtc()
    .domain([domain.start, domain.end])
    .range([left, width - right]);
  const x = (t: number) => xScale(t);
  const y = makeYScale(scale, yDom, [TOP + plotH, TOP]);
  const metrics = markerMetrics(width);
  const lanes = eventLanes(markers, x, metrics.half, [left, width - right]);
  const stripTop = TOP + plotH + 8;
  const stripH = markers.length > 0 ? (Math.max(...lanes) + 1) * metrics.lane + 6 : 0;
  const axisY = stripTop + stripH + 16;

  const labels = wantLabels
    ? placeDirectLabels(
        ends.flatMap(({ s, last, w }): LabelBox[] =>
          last ? [{ key: s.id, x: x(labelAnchor(last)) + 10, y: y(last.figure.value) + 4, width: w }] : [],
        ),
        width,
      )
    : null;

  return {
    left,
    right: width - right,
    plotTop: TOP,
    plotBottom: TOP + plotH,
    x,
    y,
    yTicks: yTickList,
    xTicks: xTicks(domain, width - left - right, lang),
    lanes,
    metrics,
    stripTop,
    stripH,
    axisY,
    height: axisY + 8,
    labels,
  };
}

export type Geometry = ReturnType<typeof chartGeometry>;

import { ChartTooltip } from '../../charts/chart-tooltip';
import { KindHatches } from '../../charts/kind-marks';
import { useCallback, useId, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { usePalette } from '../../ui/palette';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { AxisBottom, AxisLeft } from '../../charts/axes';
import { describePoint, eventDates, useGrowthText } from './growth.text';
import { chartGeometry } from './growth-layout';
import { ChartLabels } from './growth-labels';
import { useRovingFocus } from '../../charts/use-roving-focus';
import { bandKey, bandSpan, eventCentre, eventKey, pointKey } from './growth-focus';
import { SeriesMarks } from './growth-marks';
import { DenseSeriesMarks } from './growth-dense-marks';
import { denseKey, isDense } from './growth-dense-paths';
import { DenseEventStrip } from './growth-dense-event-strip';
import { DENSE_STRIP_KEY, isDenseStrip } from './growth-dense-events';
import type { Overlay } from './growth-model';
import type { PlacedEvent } from '../../charts/event-layer';
import { CovidBands, EventStrip } from './growth-overlay';
import type { ChartPoint, ChartSeries, Period } from './growth-series';
import { TooltipBody, type Active } from './growth-tooltip';
import type { Scale } from './growth.params';
import { textWidth } from '../../charts/text-measure';
import { useSizedChart } from '../../charts/pending-heights';

interface GrowthChartProps {
  snapshot: Snapshot;
  series: ChartSeries[];
  overlay: Overlay | null;
  domain: Period;
  scale: Scale;
  width: number;
  timelineHref: string;
  onOpenTimeline: (e: MouseEvent) => void;
  /** Another snapshot's figures (`?compare=`), drawn under the series with the chart's scales. */
  ghost?: (scales: { x: (t: number) => number; y: (v: number) => number }) => ReactNode;
}

/** The growth line chart, drawn by hand in SVG: each series with its qualifiers, periods and events. */
export function GrowthChart(props: GrowthChartProps) {
  const { snapshot, series, overlay, domain, scale, width, timelineHref, onOpenTimeline } = props;
  const { t, i18n } = useTranslation();
  const g = useGrowthText();
  const lang = i18n.language;
  const palette = usePalette();
  const clipId = `growth-clip-${useId().replace(/[^\w-]/g, '')}`;
  const [active, setActive] = useState<Active | null>(null);
  // Where the keyboard is on each dense line (index into its points), so ↑ and ↓ leave from that point.
  const [cursors, setCursors] = useState<Readonly<Record<string, number>>>({});
  // The same for a dense event strip (index into the markers, which are in date order).
  const [eventCursor, setEventCursor] = useState(0);
  // Geometry, label placement and the focus points change with the data, options and size, not with the
  // hovered mark: computed once for those, so a hover re-renders without laying the chart out again.
  const markers = useMemo(() => overlay?.markers ?? [], [overlay]);
  const geometryAt = useCallback(
    (w: number) => chartGeometry({ series, markers, domain, scale, width: w, lang }),
    [series, markers, domain, scale, lang],
  );
  const geo = useMemo(() => geometryAt(width), [geometryAt, width]);
  useSizedChart((w) => geometryAt(w).height);
  const dense = useMemo(
    () => new Set(series.filter((s) => isDense(s, geo.right - geo.left)).map((s) => s.id)),
    [series, geo],
  );
  const denseStrip = isDenseStrip(markers, geo.right - geo.left);
  const leave = () => setActive(null);
  const activeId =
    active?.kind === 'point'
      ? active.point.figure.id
      : active?.kind === 'event'
        ? active.event.event.id
        : undefined;
  const eventsLabel = g('eventsAxis');
  // One Tab stop for the whole chart: the arrow keys move to the nearest point, COVID-19 band or event in
  // their direction; Home and End go to the leftmost and rightmost.
  const focusable = useMemo(
    () =>
      [
        ...series.flatMap((s) => {
          if (!dense.has(s.id))
            return s.points.map((p) => ({ id: pointKey(s, p), x: geo.x(p.x), y: geo.y(p.figure.value) }));
          const p = s.points[cursors[s.id] ?? 0] ?? s.points[0];
          return p ? [{ id: denseKey(s), x: geo.x(p.x), y: geo.y(p.figure.value) }] : [];
        }),
        ...(overlay?.groups ?? []).map((band) => {
          const box = bandSpan(band.start, band.end, geo.x, geo.left, geo.right);
          return { id: bandKey(band), x: box.x + box.width / 2, y: geo.plotTop };
        }),
        ...(overlay && geo.stripH > 0 ? markers : []).flatMap((m, i) => {
          if (denseStrip && i !== Math.min(eventCursor, markers.length - 1)) return [];
          const at = eventCentre(m, geo.lanes[i] ?? 0, { ...geo, top: geo.stripTop });
          return [{ id: denseStrip ? DENSE_STRIP_KEY : eventKey(m), x: at.cx, y: at.cy }];
        }),
      ].sort((a, b) => a.x - b.x || a.y - b.y),
    [series, overlay, markers, geo, dense, cursors, denseStrip, eventCursor],
  );
  const roving = useRovingFocus({
    mode: 'spatial',
    ids: focusable.map((f) => f.id),
    points: focusable,
  });

  const describeEvent = (m: PlacedEvent) =>
    `${m.event.title[lang]}; ${eventDates(m, lang, t)}; ${t(`events.category.${m.event.category}`)}. ${g('tip.openTimeline')}`;
  const strip = {
    markers,
    lanes: geo.lanes,
    metrics: geo.metrics,
    x: geo.x,
    left: geo.left,
    right: geo.right,
    top: geo.stripTop,
    plotTop: geo.plotTop,
    color: palette.muted,
    activeColor: palette.accent,
    activeId,
    href: timelineHref,
    onOpen: onOpenTimeline,
    onEnter: (event: PlacedEvent, px: number, py: number) =>
      setActive({ kind: 'event', event, x: px, y: py }),
    onLeave: leave,
    itemProps: roving.itemProps,
  };

  return (
    <div className="growth-chart" data-sized onKeyDown={(e) => e.key === 'Escape' && setActive(null)}>
      <svg
        width={width}
        height={geo.height}
        role="group"
        aria-label={g('desc', {
          scale: g(`controls.${scale}`).toLocaleLowerCase(lang),
          series: series.map((s) => s.label[lang]).join(', '),
        })}
      >
        <defs>
          <clipPath id={clipId}>
            <rect
              x={geo.left - 14}
              y={0}
              width={Math.max(0, geo.right - geo.left + 28)}
              height={geo.plotBottom + 6}
            />
          </clipPath>
          {/* Only the colours that have a derived point: every pattern is bytes in each pre-rendered page. */}
          <KindHatches
            prefix={clipId}
            colours={series
              .filter((s) => s.points.some((p) => p.kind === 'derived'))
              .map((s) => palette.series[s.index] ?? palette.text)}
          />
        </defs>
        {overlay && (
          <CovidBands
            groups={overlay.groups}
            x={geo.x}
            left={geo.left}
            right={geo.right}
            top={geo.plotTop}
            height={geo.plotBottom - geo.plotTop}
            fill={palette.period}
            describe={(items) =>
              `${g('tip.covid')}: ${items.map((p) => `${p.event.title[lang]} (${eventDates(p, lang, t)})`).join('; ')}`
            }
            onEnter={(items, px, py) => setActive({ kind: 'covid', items, x: px, y: py })}
            onLeave={leave}
            itemProps={roving.itemProps}
          />
        )}
        <AxisLeft
          ticks={geo.yTicks}
          y={(v) => Math.round(geo.y(v)) + 0.5}
          left={geo.left}
          right={geo.right}
          dash={(v) => (v === 0 ? undefined : '3 3')}
          stroke={palette.grid}
          fill={palette.muted}
        />
        <AxisBottom
          ticks={geo.xTicks}
          x={geo.x}
          top={geo.plotBottom}
          bottom={geo.plotBottom + 5}
          labelY={geo.axisY}
          width={width}
          stroke={palette.grid}
          fill={palette.muted}
        />
        {geo.stripH > 0 && textWidth(eventsLabel, 12) <= geo.left - 6 && (
          <text
            x={geo.left - 6}
            y={geo.stripTop + geo.metrics.lane / 2}
            dy="0.32em"
            textAnchor="end"
            fontSize={11}
            fill={palette.muted}
            aria-hidden="true"
          >
            {eventsLabel}
          </text>
        )}
        <g clipPath={`url(#${clipId})`}>
          {props.ghost?.({ x: geo.x, y: geo.y })}
          {series.map((s) => {
            const color = palette.series[s.index] ?? palette.text;
            const marks = {
              series: s,
              color,
              background: palette.background,
              hatches: clipId,
              highlight: palette.highlight,
              x: geo.x,
              y: geo.y,
              activeId,
              onEnter: (point: ChartPoint, px: number, py: number) =>
                setActive({ kind: 'point', point, series: s, x: px, y: py }),
              onLeave: leave,
              itemProps: roving.itemProps,
            };
            const describe = (p: ChartPoint) => describePoint(snapshot, s, p, lang, t, g('tip.presentation'));
            return dense.has(s.id) ? (
              <DenseSeriesMarks
                key={s.id}
                {...marks}
                cursor={cursors[s.id] ?? 0}
                onCursor={(i) => setCursors((c) => ({ ...c, [s.id]: i }))}
                describe={(p, i) =>
                  `${describe(p)}. ${g('tip.densePoint', { at: i + 1, count: s.points.length })}`
                }
              />
            ) : (
              <SeriesMarks key={s.id} {...marks} describe={describe} />
            );
          })}
        </g>
        <ChartLabels
          series={series}
          geo={geo}
          width={width}
          lang={lang}
          annotation={g('annotation')}
          color={palette.text}
        />
        {overlay &&
          geo.stripH > 0 &&
          (denseStrip ? (
            <DenseEventStrip
              {...strip}
              cursor={eventCursor}
              onCursor={setEventCursor}
              describe={(m, i) =>
                `${describeEvent(m)}. ${g('tip.denseEvent', { at: i + 1, count: markers.length })}`
              }
            />
          ) : (
            <EventStrip {...strip} describe={describeEvent} />
          ))}
      </svg>
      {active && (
        <ChartTooltip anchor={{ x: active.x, y: active.y }} gap={active.kind === 'point' ? 12 : 10}>
          <TooltipBody active={active} snapshot={snapshot} />
        </ChartTooltip>
      )}
    </div>
  );
}

import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ChartTooltip } from '../../charts/chart-tooltip';
import { EVENT_CATEGORIES, type PlacedEvent } from '../../charts/event-layer';
import { usePalette } from '../../ui/palette';
import { useTranslation } from '../../i18n';
import { axisTicks, formatDay, timeScale } from '../../charts/time-ticks';
import { AxisTimeTop } from '../../charts/axes';
import { useRovingFocus } from '../../charts/use-roving-focus';
import { DenseLane } from './dense-lane';
import { EventMark } from './event-mark';
import { LaneHead } from './lane-head';
import { PAINT } from './mark-paint';
import { GEOMETRY, layoutTimeline, type MarkLayout } from './timeline-layout';
import { cursorIn, focusStops, laneKey } from './timeline-focus';
import type { Lane } from './timeline-series';
import { useTimelineText } from './timeline.text';
import { panWindow, zoomWindow, type TimeWindow } from './timeline-window';
import { usePanZoom } from './use-pan-zoom';

interface TimelinePlotProps {
  width: number;
  lanes: Lane[];
  window: TimeWindow;
  extent: TimeWindow;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** A gesture step (drag, wheel, pinch): shown at once, written to the URL when it pauses. */
  onPreview: (w: TimeWindow) => void;
  /** A discrete step (keys), taken from the latest window, not the one drawn: written to the URL at once. */
  onStep: (step: (w: TimeWindow) => TimeWindow) => void;
  dateOf: (p: PlacedEvent) => string;
}

/** The hand-drawn SVG timeline: time axis on top, one lane per category, marks stacked within lanes. */
/** Memoised: a render for a window not yet drawn (timeline-chart.tsx) passes the same props and skips it. */
export const TimelinePlot = memo(function TimelinePlot(props: TimelinePlotProps) {
  const { width, lanes, window, extent, selectedId, onSelect, dateOf } = props;
  const { t, i18n } = useTranslation();
  const tt = useTimelineText();
  const lang = i18n.language;
  const palette = usePalette();
  const svgRef = useRef<SVGSVGElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<MarkLayout | null>(null);
  // Where the keyboard is in each dense lane (an event id), kept across pans and zooms.
  const [cursors, setCursors] = useState<Readonly<Record<string, string>>>({});

  const titleOf = (p: PlacedEvent) => p.event.title[lang];
  const layout = useMemo(
    () => layoutTimeline(lanes, window, width, (p) => p.event.title[lang], width < 600 ? 3 : 4),
    [lanes, window, width, lang],
  );
  const ticks = useMemo(
    () => axisTicks(timeScale(window, layout.plotLeft, layout.plotRight), lang, width < 600 ? 50 : 90),
    [window, layout.plotLeft, layout.plotRight, lang, width],
  );
  const handlers = usePanZoom({
    svgRef,
    window,
    extent,
    plotLeft: layout.plotLeft,
    plotRight: layout.plotRight,
    onChange: props.onPreview,
  });
  const colourOf = (category: string) =>
    palette.series[EVENT_CATEGORIES.indexOf(category as (typeof EVENT_CATEGORIES)[number])] ?? palette.text;

  // One Tab stop for the plot: the arrow keys move between events (←/→ in time, ↑/↓ across lanes).
  const stops = useMemo(() => focusStops(layout, cursors, selectedId), [layout, cursors, selectedId]);
  const selectedLane = layout.lanes.find(
    (l) => l.dense && l.marks.some((m) => m.placed.event.id === selectedId),
  );
  const roving = useRovingFocus({
    mode: 'spatial',
    ids: stops.map((s) => s.id),
    points: stops,
    initial: selectedLane ? laneKey(selectedLane) : selectedId,
  });
  const labelOf = (p: PlacedEvent) =>
    `${titleOf(p)}, ${dateOf(p)}, ${t(`events.category.${p.event.category}`)}`;
  const hideTip = (mark: MarkLayout) => setTip((current) => (current === mark ? null : current));

  // Shift+←/→ moves in time (plain arrows too when the plot itself has focus, with no event in view);
  // + and − zoom.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const arrow = e.key === 'ArrowLeft' || e.key === 'ArrowRight';
    if (arrow && !e.shiftKey && e.target !== e.currentTarget) return;
    const step: Record<string, (w: TimeWindow) => TimeWindow> = {
      ArrowLeft: (w) => panWindow(w, -0.2, extent),
      ArrowRight: (w) => panWindow(w, 0.2, extent),
      '+': (w) => zoomWindow(w, 0.5, extent),
      '=': (w) => zoomWindow(w, 0.5, extent),
      '-': (w) => zoomWindow(w, 2, extent),
    };
    const next = step[e.key];
    if (!next) return;
    e.preventDefault();
    props.onStep(next);
    // If the focused event scrolls out of view, keep focus in the chart rather than losing it.
    requestAnimationFrame(() => {
      if (!wrapRef.current?.contains(document.activeElement)) wrapRef.current?.focus();
    });
  };

  const tooltipId = 'timeline-tooltip';
  const denseLanes = new Set(layout.lanes.filter((l) => l.dense).map((l) => l.category));
  const visibleCount = layout.marks.length;
  const from = formatDay(window.start, lang);
  const to = formatDay(window.end - 1, lang);

  return (
    <div
      ref={wrapRef}
      className="timeline-plot"
      tabIndex={-1}
      onKeyDown={onKeyDown}
      role="group"
      aria-label={tt('plotLabel', { count: visibleCount, from, to })}
    >
      <svg
        ref={svgRef}
        width={width}
        height={layout.height}
        className="timeline-plot__svg"
        role="presentation"
        {...handlers}
      >
        <defs>
          {EVENT_CATEGORIES.map((cat) => (
            <g key={cat}>
              <linearGradient id={`tl-fade-in-${cat}`}>
                <stop offset="0" stopColor={colourOf(cat)} stopOpacity={PAINT.fadeTo} />
                <stop offset="1" stopColor={colourOf(cat)} stopOpacity={PAINT.fadeFrom} />
              </linearGradient>
              <linearGradient id={`tl-fade-out-${cat}`}>
                <stop offset="0" stopColor={colourOf(cat)} stopOpacity={PAINT.fadeFrom} />
                <stop offset="1" stopColor={colourOf(cat)} stopOpacity={PAINT.fadeTo} />
              </linearGradient>
            </g>
          ))}
          <clipPath id="timeline-plot-clip">
            <rect
              x={layout.plotLeft - GEOMETRY.clipOut}
              y={0}
              width={layout.plotRight - layout.plotLeft + 2 * GEOMETRY.clipOut}
              height={layout.height}
            />
          </clipPath>
        </defs>
        <rect
          className="timeline-plot__bg"
          x={0}
          y={0}
          width={width}
          height={layout.height}
          fill="transparent"
        />
        <AxisTimeTop
          className="timeline-axis"
          ticks={ticks}
          top={GEOMETRY.axisHeight - 34}
          bottom={layout.height}
          labelY={GEOMETRY.axisHeight - 22}
          width={width}
          stroke={palette.grid}
          fill={palette.muted}
          yearFill={palette.text}
        />
        {layout.lanes.map((lane) => (
          <LaneHead key={lane.category} lane={lane} width={width} colour={colourOf(lane.category)} />
        ))}
        <g clipPath="url(#timeline-plot-clip)">
          {layout.lanes.map(
            (lane) =>
              lane.dense && (
                <DenseLane
                  key={lane.category}
                  lane={lane}
                  plotLeft={layout.plotLeft}
                  plotRight={layout.plotRight}
                  colour={colourOf(lane.category)}
                  text={palette.text}
                  background={palette.background}
                  cursor={cursorIn(lane, cursors, selectedId)}
                  onCursor={(i) => {
                    const id = lane.marks[i]?.placed.event.id;
                    if (id) setCursors((c) => ({ ...c, [lane.category]: id }));
                  }}
                  describe={(m, i) =>
                    `${labelOf(m.placed)}. ${tt('denseEvent', { at: i + 1, count: lane.marks.length })}`
                  }
                  selectedId={selectedId}
                  tooltipId={tooltipId}
                  onSelect={onSelect}
                  onShowTip={setTip}
                  onHideTip={() => setTip(null)}
                  roving={(own) => roving.itemProps(laneKey(lane), own)}
                />
              ),
          )}
          {layout.marks.map((mark) => {
            const id = mark.placed.event.id;
            if (denseLanes.has(mark.placed.event.category)) return null;
            return (
              <EventMark
                key={id}
                mark={mark}
                colour={colourOf(mark.placed.event.category)}
                text={palette.text}
                background={palette.background}
                title={titleOf(mark.placed)}
                ariaLabel={labelOf(mark.placed)}
                selected={id === selectedId}
                tooltipId={tooltipId}
                onSelect={() => onSelect(id)}
                onShowTip={() => setTip(mark)}
                onHideTip={() => hideTip(mark)}
                roving={(own) => roving.itemProps(id, own)}
              />
            );
          })}
        </g>
      </svg>
      {/* Always in the page (hidden at rest): every mark's aria-describedby names it. */}
      <ChartTooltip
        id={tooltipId}
        // The mark's drawn box in its row: the tooltip opens under it, from its start.
        anchor={
          tip
            ? {
                x: tip.x0,
                y: tip.y - GEOMETRY.rowHeight / 2,
                width: Math.max(1, tip.x1 - tip.x0),
                height: GEOMETRY.rowHeight,
              }
            : null
        }
        placement="bottom-start"
        gap={2}
      >
        {tip && (
          <>
            <strong>{titleOf(tip.placed)}</strong>
            <span>{dateOf(tip.placed)}</span>
            <span className="chart-tooltip__muted">{t(`events.category.${tip.placed.event.category}`)}</span>
            <span className="chart-tooltip__muted">{tt('tooltipHint')}</span>
          </>
        )}
      </ChartTooltip>
    </div>
  );
});

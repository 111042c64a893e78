import type { MouseEvent } from 'react';
import { bandKey, bandSpan, eventCentre, eventKey, type RovingItemProps } from './growth-focus';
import { symbol, symbolDiamond } from 'd3-shape';
import type { PlacedEvent } from '../../charts/event-layer';
import type { markerMetrics } from './growth-layout';

interface CovidBandsProps {
  groups: { start: number; end: number; items: PlacedEvent[] }[];
  x: (t: number) => number;
  left: number;
  right: number;
  top: number;
  height: number;
  fill: string;
  describe: (items: PlacedEvent[]) => string;
  onEnter: (items: PlacedEvent[], px: number, py: number) => void;
  onLeave: () => void;
  itemProps: RovingItemProps;
}

/**
 * COVID-19 measures in force, shaded behind the lines: measures whose periods overlap form one shaded,
 * focusable stretch whose tooltip lists each measure with its own dates.
 */
export function CovidBands({
  groups,
  x,
  left,
  right,
  top,
  height,
  fill,
  describe,
  onEnter,
  onLeave,
  itemProps,
}: CovidBandsProps) {
  const span = (start: number, end: number) => bandSpan(start, end, x, left, right);
  return (
    <g className="growth-covid">
      {groups.map((g) => {
        const box = span(g.start, g.end);
        return (
          <rect
            key={`hit-${g.items[0]?.event.id ?? g.start}`}
            className="growth-covid__hit"
            {...box}
            y={top}
            height={height}
            fill={fill}
            {...itemProps(bandKey(g), { onFocus: () => onEnter(g.items, box.x + box.width / 2, top + 8) })}
            role="img"
            aria-label={describe(g.items)}
            onMouseEnter={() => onEnter(g.items, box.x + box.width / 2, top + 8)}
            onMouseLeave={onLeave}
            onBlur={onLeave}
          />
        );
      })}
    </g>
  );
}

export interface EventStripProps {
  markers: readonly PlacedEvent[];
  /** Row of each marker (from the geometry, which reserved the strip's height). */
  lanes: number[];
  metrics: ReturnType<typeof markerMetrics>;
  /** The plot's edges: a period reaching beyond the date window is cut there. */
  left: number;
  right: number;
  x: (t: number) => number;
  top: number;
  plotTop: number;
  color: string;
  activeColor: string;
  activeId: string | undefined;
  href: string;
  onOpen: (e: MouseEvent) => void;
  describe: (e: PlacedEvent) => string;
  onEnter: (e: PlacedEvent, px: number, py: number) => void;
  onLeave: () => void;
  itemProps: RovingItemProps;
}

/**
 * Cluster events under the plot: a diamond at the middle of each event's period, with a bar across the
 * month or year when the date is that coarse. Each is a link to the stress-test timeline.
 */
export function EventStrip(props: EventStripProps) {
  const {
    markers,
    lanes,
    metrics,
    x,
    left,
    right,
    top,
    plotTop,
    color,
    activeColor,
    activeId,
    href,
    onOpen,
  } = props;
  const { describe, onEnter, onLeave, itemProps } = props;
  const diamond = symbol(symbolDiamond, metrics.size)() ?? '';
  const half = metrics.lane / 2;
  return (
    <g className="growth-events">
      {markers.map((m, i) => {
        const { x0, x1, cx, cy } = eventCentre(m, lanes[i] ?? 0, { x, left, right, top, metrics });
        const active = activeId === m.event.id;
        return (
          <a
            key={m.event.id}
            href={href}
            className="growth-event"
            aria-label={describe(m)}
            data-event={m.event.id}
            onClick={onOpen}
            {...itemProps(eventKey(m), { onFocus: () => onEnter(m, cx, cy) })}
            onMouseEnter={() => onEnter(m, cx, cy)}
            onMouseLeave={onLeave}
            onBlur={onLeave}
          >
            {active && (
              <line x1={cx} x2={cx} y1={plotTop} y2={cy} stroke={activeColor} strokeDasharray="2 3" />
            )}
            <rect
              x={Math.min(x0, cx - metrics.half - 1)}
              y={cy - half}
              width={Math.max(metrics.half * 2 + 2, x1 - x0)}
              height={metrics.lane}
              fill="transparent"
            />
            {m.precision !== 'day' && (
              <line x1={x0} x2={x1} y1={cy} y2={cy} stroke={color} strokeWidth={3} strokeOpacity={0.5} />
            )}
            <path d={diamond} transform={`translate(${cx},${cy})`} fill={active ? activeColor : color} />
          </a>
        );
      })}
    </g>
  );
}

import { useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { symbol, symbolDiamond } from 'd3-shape';
import type { PlacedEvent } from '../../charts/event-layer';
import { DENSE_STRIP_KEY, denseEventPaths } from './growth-dense-events';
import type { EventStripProps } from './growth-overlay';
import { alongKeys, nearestToPointer } from '../../charts/dense-marks';

interface DenseEventStripProps extends Omit<EventStripProps, 'describe'> {
  /** The event the keyboard is on (index into `markers`, which are in date order). */
  cursor: number;
  onCursor: (index: number) => void;
  /** Accessible name of the event at the cursor (title, dates, category, place in the strip). */
  describe: (event: PlacedEvent, index: number) => string;
}

/**
 * An event strip with more events than the plot has room for, drawn with a fixed number of elements: one
 * path for the bars of coarse dates and one for the diamonds, painted as a single marker is, in the lanes a
 * single marker would take. The keyboard reaches every event through one link to the timeline: ← and →
 * (Home, End) move through the events in date order and the tooltip follows; ↑ and ↓, and ← or → past an
 * end, go on to the chart's other marks. The pointer shows the event nearest to it. The timeline lists them all.
 */
export function DenseEventStrip(props: DenseEventStripProps) {
  const { markers, lanes, metrics, x, left, right, top, plotTop, color, activeColor, activeId } = props;
  const { href, onOpen, describe, onEnter, onLeave, itemProps, cursor, onCursor } = props;
  // Per data and size, not per hover or key press: thousands of diamonds take a while to write.
  const paths = useMemo(
    () => denseEventPaths(markers, lanes, { x, left, right, top, metrics }),
    [markers, lanes, x, left, right, top, metrics],
  );
  const { at } = paths;
  const last = markers.length - 1;
  const index = Math.min(Math.max(0, cursor), last);
  const show = (i: number) => {
    const m = markers[i];
    const xy = at[i];
    if (m && xy) onEnter(m, xy[0], xy[1]);
  };
  const item = itemProps(DENSE_STRIP_KEY, { onFocus: () => show(index) });
  const onKeyDown = alongKeys<KeyboardEvent<HTMLAnchorElement>>(
    index,
    last,
    [onCursor, show],
    item.onKeyDown,
  );
  // React types an SVG <a> as an HTML one; the box is the chart's <svg> either way.
  const nearest = (e: MouseEvent<Element>) => {
    const best = nearestToPointer(at, e.currentTarget, e);
    if (best !== null && markers[best]?.event.id !== activeId) show(best);
  };
  const diamond = symbol(symbolDiamond, metrics.size)() ?? '';
  const active = activeId === undefined ? -1 : markers.findIndex((m) => m.event.id === activeId);
  const activeAt = at[active];
  const current = markers[index];
  const cursorAt = at[index];
  return (
    <g className="growth-events growth-events--dense">
      {paths.bars && <path d={paths.bars} fill="none" stroke={color} strokeWidth={3} strokeOpacity={0.5} />}
      <path d={paths.diamonds} fill={color} />
      {activeAt && (
        <g pointerEvents="none">
          <line
            x1={activeAt[0]}
            x2={activeAt[0]}
            y1={plotTop}
            y2={activeAt[1]}
            stroke={activeColor}
            strokeDasharray="2 3"
          />
          <path d={diamond} transform={`translate(${activeAt[0]},${activeAt[1]})`} fill={activeColor} />
        </g>
      )}
      <a
        {...item}
        onKeyDown={onKeyDown}
        href={href}
        className="growth-events__hit"
        aria-label={current ? describe(current, index) : undefined}
        data-event={current?.event.id}
        onClick={onOpen}
        onMouseMove={nearest}
        onMouseLeave={onLeave}
        onBlur={onLeave}
      >
        <rect {...paths.box} fill="transparent" />
      </a>
      {cursorAt && (
        <path
          className="growth-events__cursor"
          d={diamond}
          transform={`translate(${cursorAt[0]},${cursorAt[1]})`}
          fill="none"
        />
      )}
    </g>
  );
}

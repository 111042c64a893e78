import { Fragment, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import { alongKeys, nearestToPointer } from '../../charts/dense-marks';
import { activationKeys, type RovingHandlers } from '../../charts/use-roving-focus';
import { denseLanePaths } from './dense-lane-paths';
import { FocusRing, SelectedFrame } from './mark-frames';
import { PAINT } from './mark-paint';
import { GEOMETRY, type LaneLayout, type MarkLayout } from './timeline-layout';

interface DenseLaneProps {
  lane: LaneLayout;
  plotLeft: number;
  plotRight: number;
  colour: string;
  text: string;
  background: string;
  /** The event the keyboard is on: an index into `lane.marks`, which are in date order. */
  cursor: number;
  onCursor: (index: number) => void;
  /** Accessible name of the event at `index` (title, date, category, place in the lane). */
  describe: (mark: MarkLayout, index: number) => string;
  selectedId: string | undefined;
  tooltipId: string;
  onSelect: (id: string) => void;
  onShowTip: (mark: MarkLayout) => void;
  onHideTip: () => void;
  /** The plot's roving focus for the lane's one Tab stop, given the lane's own handlers. */
  roving: (own: RovingHandlers<SVGGElement>) => { onKeyDown: (e: KeyboardEvent<SVGGElement>) => void };
}

/**
 * A lane with more events in view than the plot has room for, drawn with a fixed number of elements: one
 * path per kind of mark, painted as a single mark of that kind is (`EventMark`), so the legend holds. One
 * Tab stop stands for all its events: ← and → (Home, End) move through them in date order with the
 * tooltip and the accessible name following; ↑ and ↓, and ← or → past an end, go on to the other lanes.
 * The pointer shows the event nearest to it; Enter or a click opens the details, as on a single mark.
 */
export function DenseLane(props: DenseLaneProps) {
  const { lane, plotLeft, plotRight, colour, text, background, cursor, selectedId } = props;
  const { onCursor, onShowTip, onHideTip } = props;
  const { marks } = lane;
  // Per data, size and window, not per hover or key press: thousands of marks take a while to write.
  const paths = useMemo(() => denseLanePaths(marks, plotLeft, plotRight), [marks, plotLeft, plotRight]);
  const last = marks.length - 1;
  const index = Math.min(Math.max(0, cursor), last);
  const current = marks[index];
  const selected = marks.find((m) => m.placed.event.id === selectedId);

  const show = (i: number) => {
    const m = marks[i];
    if (m) onShowTip(m);
  };
  const select = (i: number) => {
    const m = marks[i];
    if (!m) return;
    onCursor(i);
    props.onSelect(m.placed.event.id);
  };
  const item = props.roving({ onFocus: () => show(index), onKeyDown: activationKeys(() => select(index)) });
  const onKeyDown = alongKeys<KeyboardEvent<SVGGElement>>(index, last, [onCursor, show], item.onKeyDown);
  const nearest = (e: MouseEvent<SVGGElement>) => nearestToPointer(paths.at, e.currentTarget, e) ?? index;

  const top = lane.top + GEOMETRY.laneHead;
  const dash = (k: number) => (k === 1 ? PAINT.dash : undefined);
  return (
    <g className="timeline-dense">
      {paths.fades.map(
        (f, i) => f.d && <path key={`fade-${i}`} d={f.d} fill={colour} fillOpacity={f.opacity} />,
      )}
      {[0, 1].map((k) => (
        <Fragment key={k}>
          {paths.bandFills[k] && (
            <path d={paths.bandFills[k]} fill={colour} fillOpacity={PAINT.bandFill[k]} />
          )}
          {paths.bandLines[k] && (
            <path
              d={paths.bandLines[k]}
              fill="none"
              stroke={colour}
              strokeWidth={2}
              strokeDasharray={dash(k)}
            />
          )}
          {paths.periods[k] && (
            <path
              d={paths.periods[k]}
              fill={colour}
              fillOpacity={PAINT.periodFill[k]}
              stroke={colour}
              strokeWidth={1.5}
              strokeDasharray={dash(k)}
            />
          )}
          {paths.dots[k] && (
            <path
              d={paths.dots[k]}
              fill={k === 1 ? background : colour}
              stroke={k === 1 ? colour : background}
              strokeWidth={1.5}
              strokeDasharray={dash(k)}
            />
          )}
        </Fragment>
      ))}
      {selected && (
        <g pointerEvents="none">
          <SelectedFrame mark={selected} colour={text} />
        </g>
      )}
      <g
        className="timeline-mark timeline-mark--dense"
        {...item}
        onKeyDown={onKeyDown}
        role="button"
        aria-label={current ? props.describe(current, index) : undefined}
        aria-expanded={current !== undefined && current === selected}
        aria-describedby={props.tooltipId}
        data-event={current?.placed.event.id}
        onClick={(e) => select(nearest(e))}
        onMouseMove={(e) => show(nearest(e))}
        onMouseLeave={onHideTip}
        onBlur={onHideTip}
      >
        <rect
          className="timeline-mark__hit"
          x={plotLeft - GEOMETRY.clipOut}
          y={top}
          width={plotRight - plotLeft + 2 * GEOMETRY.clipOut}
          height={lane.height - GEOMETRY.laneHead}
          fill="transparent"
        />
        {current && <FocusRing mark={current} right={current.x1} />}
      </g>
    </g>
  );
}

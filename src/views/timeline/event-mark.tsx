import { activationKeys, type RovingHandlers } from '../../charts/use-roving-focus';
import type { MarkLayout } from './timeline-layout';
import { GEOMETRY } from './timeline-layout';
import { fitText } from '../../charts/text-measure';
import { barTop, inferred, PAINT, periodParts } from './mark-paint';
import { FocusRing, SelectedFrame } from './mark-frames';

interface EventMarkProps {
  mark: MarkLayout;
  colour: string;
  text: string;
  background: string;
  title: string;
  ariaLabel: string;
  selected: boolean;
  tooltipId: string;
  onSelect: () => void;
  onShowTip: () => void;
  onHideTip: () => void;
  /** The plot's roving focus for this mark (one Tab stop per plot), given the mark's own handlers. */
  roving: (own: RovingHandlers<SVGGElement>) => object;
}

const H = GEOMETRY.markHeight;

/**
 * One event, drawn by its date precision: a dot for a day, a whisker band across a month/season/year, a bar
 * for a period (fading where an end is known only to the month); dashed when the date is inferred.
 * Focusable (the arrow keys move between marks, see TimelinePlot), with the tooltip on focus as on hover;
 * Enter or Space opens the details.
 */
export function EventMark(props: EventMarkProps) {
  const { mark, colour, text, background, title, ariaLabel, selected, tooltipId } = props;
  const { drawn, y } = mark;
  const dash = drawn.approximate ? PAINT.dash : undefined;
  const onKeyDown = activationKeys(props.onSelect);
  const labelEnd = mark.label ? mark.label.x + mark.label.room : mark.x1;
  const hitLeft = Math.min(mark.x0 - 3, (mark.x0 + mark.x1) / 2 - 8);
  const hitRight = Math.max(labelEnd + 3, (mark.x0 + mark.x1) / 2 + 8);
  return (
    <g
      className="timeline-mark"
      {...props.roving({ onKeyDown, onFocus: props.onShowTip })}
      role="button"
      aria-label={ariaLabel}
      aria-expanded={selected}
      aria-describedby={tooltipId}
      data-event={mark.placed.event.id}
      onClick={props.onSelect}
      onBlur={props.onHideTip}
      onMouseEnter={props.onShowTip}
      onMouseLeave={props.onHideTip}
    >
      <rect
        className="timeline-mark__hit"
        x={hitLeft}
        y={y - GEOMETRY.rowHeight / 2}
        width={hitRight - hitLeft}
        height={GEOMETRY.rowHeight}
        fill="transparent"
      />
      <FocusRing mark={mark} right={Math.max(labelEnd, mark.x1)} />
      {drawn.shape === 'day' && (
        <circle
          cx={(mark.xOuterStart + mark.xOuterEnd) / 2}
          cy={y}
          r={GEOMETRY.dotRadius}
          fill={drawn.approximate ? background : colour}
          stroke={drawn.approximate ? colour : background}
          strokeWidth={1.5}
          strokeDasharray={dash}
        />
      )}
      {drawn.shape === 'band' && <Band mark={mark} colour={colour} dash={dash} />}
      {drawn.shape === 'period' && <Period mark={mark} colour={colour} dash={dash} />}
      {selected && <SelectedFrame mark={mark} colour={text} />}
      {mark.label && (
        <svg x={mark.label.x} y={y - H / 2} width={mark.label.room} height={H} overflow="hidden">
          <text x={0} y={H / 2} dy="0.35em" fontSize={GEOMETRY.fontSize} fill={text}>
            {fitText(title, mark.label.room, GEOMETRY.fontSize)}
          </text>
        </svg>
      )}
    </g>
  );
}

function Band({ mark, colour, dash }: { mark: MarkLayout; colour: string; dash: string | undefined }) {
  const { x0, x1, y } = mark;
  return (
    <>
      <rect
        x={x0}
        y={y - 6}
        width={x1 - x0}
        height={12}
        fill={colour}
        fillOpacity={PAINT.bandFill[inferred(mark)]}
      />
      <path
        d={`M${x0},${y - 6}V${y + 6}${mark.label?.inside ? '' : `M${x0},${y}H${x1}`}M${x1},${y - 6}V${y + 6}`}
        stroke={colour}
        strokeWidth={2}
        strokeDasharray={dash}
        fill="none"
      />
    </>
  );
}

function Period({ mark, colour, dash }: { mark: MarkLayout; colour: string; dash: string | undefined }) {
  const cat = mark.placed.event.category;
  const { fadeStart, core, fadeEnd } = periodParts(mark);
  const top = barTop(mark);
  // The uncertain ends of a period whose start or end is known only to the month or season.
  const fade = ([x0, x1]: readonly [number, number], gradient: string) => (
    <rect x={x0} y={top} width={x1 - x0} height={H} fill={`url(#${gradient})`} />
  );
  return (
    <>
      {fadeStart && fade(fadeStart, `tl-fade-in-${cat}`)}
      {core && (
        <rect
          x={core[0]}
          y={top}
          width={core[1] - core[0]}
          height={H}
          fill={colour}
          fillOpacity={PAINT.periodFill[inferred(mark)]}
          stroke={colour}
          strokeWidth={1.5}
          strokeDasharray={dash}
        />
      )}
      {fadeEnd && fade(fadeEnd, `tl-fade-out-${cat}`)}
    </>
  );
}

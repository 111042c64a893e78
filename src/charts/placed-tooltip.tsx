import { autoUpdate, flip, offset, shift, useFloating, type VirtualElement } from '@floating-ui/react-dom';
import { useMemo, useState } from 'react';
import { tooltipClass, type ChartTooltipProps, type TipAnchor } from './tooltip-props';

/** How far the tooltip keeps from the edges of its chart and of the window, in px. */
export const TIP_PADDING = 8;

/** The chart box the tooltip is drawn in: its positioned parent, which it never leaves when it can help it. */
const chartBox = (floating: HTMLElement): Element =>
  floating.offsetParent ?? floating.parentElement ?? floating;

/**
 * Up or down by the window: the preferred side while it fits on screen, else the other (a tooltip may overlap
 * the chart's title, but not leave the phone). Sideways by the chart box and the window: it slides along and
 * stays within the chart. Options that name the box are functions of the state, so the box is found when the
 * tooltip is placed (and Floating UI compares them by source text, not by walking DOM nodes).
 */
const MIDDLEWARE = (gap: number) => [
  offset(gap),
  flip({ padding: TIP_PADDING }),
  shift(({ elements }) => ({ boundary: chartBox(elements.floating), padding: TIP_PADDING })),
];

/** A point or box in the chart box's pixels as a reference element Floating UI can measure (when it places). */
function virtualMark(anchor: TipAnchor, floating: HTMLElement): VirtualElement {
  const { x, y, width = 0, height = 0 } = anchor;
  return {
    contextElement: floating.parentElement ?? undefined,
    getBoundingClientRect() {
      const origin = chartBox(floating).getBoundingClientRect();
      const left = origin.left + x;
      const top = origin.top + y;
      return { x: left, y: top, left, top, width, height, right: left + width, bottom: top + height };
    },
  };
}

/** ChartTooltip once Floating UI is loaded (the module chart-tooltip.tsx loads lazily). */
export default function PlacedTooltip({
  id,
  anchor,
  placement = 'top',
  gap = 8,
  className,
  children,
}: ChartTooltipProps) {
  const element = anchor instanceof Element ? anchor : null;
  const point = anchor !== null && element === null ? (anchor as TipAnchor) : null;
  const { x = 0, y = 0, width = 0, height = 0 } = point ?? {};
  const hasPoint = point !== null;
  // Kept in state, not a ref: the virtual mark measures from the box the tooltip is drawn in.
  const [floating, setFloating] = useState<HTMLDivElement | null>(null);
  const reference = useMemo(() => {
    if (element) return element;
    if (!hasPoint || !floating) return null;
    return virtualMark({ x, y, width, height }, floating);
  }, [element, hasPoint, floating, x, y, width, height]);
  const { floatingStyles, placement: placed } = useFloating({
    strategy: 'absolute',
    placement,
    open: anchor !== null,
    middleware: MIDDLEWARE(gap),
    whileElementsMounted: autoUpdate,
    elements: { reference, floating },
  });
  return (
    <div
      ref={setFloating}
      id={id}
      role="tooltip"
      className={tooltipClass(className)}
      hidden={anchor === null}
      data-placement={placed}
      // Placed before the browser paints: Floating UI measures in a layout effect and sets the place in a
      // microtask, synchronously (flushSync).
      style={floatingStyles}
    >
      {children}
    </div>
  );
}

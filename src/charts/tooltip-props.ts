import type { Placement } from '@floating-ui/react-dom';
import type { ReactNode } from 'react';

/** A mark's box in the pixels of the element the tooltip is drawn in (a point when it has no size). */
export interface TipAnchor {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

export interface ChartTooltipProps {
  /** For the marks' aria-describedby. */
  id?: string;
  /**
   * The hovered or focused mark: its box in the pixels of the element the tooltip is drawn in (a positioned
   * chart box), or the mark element itself. Null when there is none: the tooltip then stays in the page,
   * hidden, as a fixed aria-describedby target (callers that draw it only while a mark is active never pass null).
   */
  anchor: TipAnchor | Element | null;
  /** The preferred side; it flips to the other side when it does not fit, and slides along inside the chart. */
  placement?: Placement;
  /** Distance from the mark, px. */
  gap?: number;
  /** The view's own class for its content (the look is `.chart-tooltip`'s). */
  className?: string;
  children?: ReactNode;
}

/** The one look: `.card.chart-tooltip` (src/styles/charts.css), plus the view's content class. */
export const tooltipClass = (className?: string) => `card chart-tooltip${className ? ` ${className}` : ''}`;

import { lazy, Suspense } from 'react';
import { tooltipClass, type ChartTooltipProps } from './tooltip-props';

export type { ChartTooltipProps, TipAnchor } from './tooltip-props';

// Floating UI comes with the first tooltip a page opens, not with the page: nothing needs it at rest.
const PlacedTooltip = lazy(() => import('./placed-tooltip'));

/**
 * The one tooltip of every chart: a `.card.chart-tooltip` beside its mark, placed by Floating UI (offset, flip,
 * shift) inside the chart and the window (src/charts/placed-tooltip.tsx). It is drawn only while a mark is
 * hovered or focused, inside the chart box, so it moves with the page and is never part of a chart's SVG
 * download; the PNG download and print hide it (src/styles/charts.css, print.css).
 */
export function ChartTooltip(props: ChartTooltipProps) {
  const { id, anchor, className, children } = props;
  // At rest, or until Floating UI has arrived: in the page for aria-describedby, but not seen.
  const unplaced = (
    <div
      id={id}
      role="tooltip"
      className={tooltipClass(className)}
      hidden={anchor === null}
      style={{ visibility: 'hidden' }}
    >
      {children}
    </div>
  );
  if (anchor === null) return unplaced;
  return (
    <Suspense fallback={unplaced}>
      <PlacedTooltip {...props} />
    </Suspense>
  );
}

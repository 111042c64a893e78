/**
 * A pre-rendered page is laid out before the app runs, so a chart drawn at the window's width is not there yet:
 * index.html keeps its frame hidden until the app has drawn it, and the legend and sources under it show late.
 * A chart whose height is a function of its width alone can tell the build that function: the build writes the
 * height at every width as container queries (`pendingHeightCss`) into the page's head, the chart's box
 * (`data-sized`) takes that height before the app runs, and what is under it shows at once and never moves.
 * In the browser nothing is collected: the context is empty there.
 */
import { createContext, useContext } from 'react';

/** Widths worked out at build time; narrower and wider boxes take the height at the nearest end. */
export const SIZED_WIDTHS = { from: 240, to: 1600 } as const;

/** Box widths from `from` (inclusive) to `to` (exclusive) at which a chart is `height` px tall. */
export interface HeightRange {
  from: number;
  to: number;
  height: number;
}

/**
 * The heights a chart takes at every whole width in `SIZED_WIDTHS`, as runs of one height. The app draws at the
 * box's width rounded down (charts/use-parent-size.ts), so whole widths are every case.
 */
export function heightRanges(
  heightAt: (width: number) => number,
  widths: { from: number; to: number } = SIZED_WIDTHS,
): HeightRange[] {
  const ranges: HeightRange[] = [];
  for (let w = widths.from; w <= widths.to; w++) {
    const height = Math.round(heightAt(w));
    if (!Number.isFinite(height) || height < 0) throw new Error(`a sized chart has no height at ${w} px`);
    const last = ranges.at(-1);
    if (last && last.height === height) last.to = w + 1;
    else ranges.push({ from: w, to: w + 1, height });
  }
  return ranges;
}

/**
 * More runs than this and the CSS costs the page more than it gains (a chart whose height changes every few
 * pixels): the build fails, and the chart should change its height in steps.
 */
export const MAX_RANGES = 40;

/**
 * The CSS that gives the `[data-sized]` box in frame `frameId` its height: one container query per run, the
 * container being the frame's body (index.html), whose width is the one the chart is drawn at. The ends are
 * open: a box narrower than the first run or wider than the last takes their heights.
 */
export function pendingHeightCss(frameId: string, ranges: readonly HeightRange[]): string {
  if (ranges.length > MAX_RANGES)
    throw new Error(`chart #${frameId} changes height ${ranges.length} times between widths`);
  if (!/^[\w-]+$/.test(frameId)) throw new Error(`chart id "${frameId}" is not a plain CSS identifier`);
  return ranges
    .map((r, i) => {
      const lower = i === 0 ? '' : `${r.from}px<=`;
      const upper = i === ranges.length - 1 ? '' : `<${r.to}px`;
      const rule = `#${frameId} [data-sized]{--sized-height:${r.height}px}`;
      return lower || upper ? `@container (${lower}width${upper}){${rule}}` : rule;
    })
    .join('');
}

/** Set by the build-time render only: takes a frame's id and its chart's height at each width. */
export type SizedChartCollector = (frameId: string, heightAt: (width: number) => number) => void;
export const SizedChartContext = createContext<SizedChartCollector | null>(null);
/** The id of the frame a sized chart is drawn in (charts/chart-frame.tsx). */
export const SizedFrameContext = createContext<string | null>(null);

/**
 * Tells the build the chart's height at every width (`heightAt`, a pure function of the width); a no-op in the
 * browser. The chart marks its box with `data-sized`.
 */
export function useSizedChart(heightAt: (width: number) => number): void {
  const collect = useContext(SizedChartContext);
  const frameId = useContext(SizedFrameContext);
  if (collect && frameId) collect(frameId, heightAt);
}

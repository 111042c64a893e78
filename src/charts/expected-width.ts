/**
 * The width a chart in a full-width frame is drawn at, read from the probe the app shell lays out in its main
 * column (`ChartWidthProbe`). A chart drawn afresh starts at it rather than at a guess: at the guess it was drawn
 * twice, the second time at once as the browser reported the width (use-parent-size.ts), a task of 70-150 ms
 * at 10× the data. A chart in a narrower frame is measured and drawn again, as before. Read while rendering:
 * the page was laid out for the frame before it, so the reading is cheap, and every chart of a render after
 * the first reads the same layout again. Undefined without a layout (the build, jsdom) or without the probe.
 */
export function expectedChartWidth(): number | undefined {
  if (typeof document === 'undefined') return undefined;
  const width = document.getElementById(PROBE_ID)?.firstElementChild?.getBoundingClientRect().width ?? 0;
  return width > 0 ? Math.floor(width) : undefined;
}

export const PROBE_ID = 'chart-width-probe';

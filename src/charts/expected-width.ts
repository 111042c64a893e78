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
  const width = probeWidth(document.getElementById(PROBE_ID));
  return width ?? remembered;
}

const probeWidth = (probe: Element | null) => {
  const width = probe?.firstElementChild?.getBoundingClientRect().width ?? 0;
  return width > 0 ? Math.floor(width) : undefined;
};

/** The width read from the page before the app rendered afresh over it, until the window is resized. */
let remembered: number | undefined;

/**
 * Reads the width a full-width chart will have from the page as it stands, before the app renders afresh over
 * the pre-rendered HTML (app/start.tsx): that render draws the shell and the view at once, so no probe is laid
 * out while its charts are drawn, and each was drawn at a guess and at once again at its width (50 ms at 100×
 * the data on `/growth`). A probe put in the pre-rendered page's main column, measured and taken out, gives
 * the width its own probe would.
 */
export function rememberExpectedWidth(): void {
  const main = document.getElementById('main');
  if (!main) return;
  const probe = document.createElement('div');
  probe.className = 'card chart-width-probe';
  probe.appendChild(document.createElement('div'));
  main.appendChild(probe);
  remembered = probeWidth(probe);
  probe.remove();
  window.addEventListener(
    'resize',
    () => {
      remembered = undefined;
    },
    { once: true },
  );
}

export const PROBE_ID = 'chart-width-probe';

import { createContext, useContext, useLayoutEffect, useState, type RefObject } from 'react';
import { DrawAllContext } from './show-first';
import { usePrinting } from './use-printing';

/** True inside a chart frame whose body scrolls in a box (charts/chart-frame.tsx). */
export const ScrollBoxContext = createContext(false);

/** The part of a chart to draw, in its own pixels from its top: what the box shows, and half a box either side. */
export interface ScrollWindow {
  top: number;
  bottom: number;
}

/** The window moves in steps of this many pixels, so scrolling re-renders the chart every few rows, not per pixel. */
const STEP = 200;

/** The window for a box `height` tall scrolled `top` pixels down the chart, in whole steps. */
function spanAt(top: number, height: number): ScrollWindow {
  return {
    top: Math.floor((top - height / 2) / STEP) * STEP,
    bottom: Math.ceil((top + 1.5 * height) / STEP) * STEP,
  };
}

/**
 * Which part of a tall chart to draw, when it scrolls inside its frame's box: `null` (draw everything) outside
 * a box, while printing or drawing a picture, and where there is no layout (jsdom, a hidden tab). Rows far from
 * what the box shows are left out, so the page's DOM and the browser's layout stop growing with the data.
 */
export function useScrollWindow(ref: RefObject<Element | null>): ScrollWindow | null {
  const inBox = useContext(ScrollBoxContext);
  const printing = usePrinting();
  const drawAll = useContext(DrawAllContext);
  // In a box from the start, the first render draws what an unscrolled box shows (charts.css: at most 80 % of
  // the window) rather than every row: drawing all of them once, for the measure below to cut them down, took
  // one task of a second with a hundred times the shipped data (the layout of every row, forced here).
  const [span, setSpan] = useState<ScrollWindow | null>(() =>
    inBox && typeof window !== 'undefined' ? spanAt(0, 0.8 * window.innerHeight) : null,
  );
  useLayoutEffect(() => {
    const chart = ref.current;
    const box = inBox ? chart?.closest('.chart-frame__body--scroll') : null;
    if (!chart || !box) {
      setSpan(null);
      return;
    }
    let frame = 0;
    const measure = () => {
      frame = 0;
      const shown = box.getBoundingClientRect();
      if (shown.height === 0) return setSpan(null);
      const next = spanAt(shown.top - chart.getBoundingClientRect().top, shown.height);
      setSpan((s) => (s && s.top === next.top && s.bottom === next.bottom ? s : next));
    };
    measure();
    const later = () => {
      frame ||= requestAnimationFrame(measure);
    };
    box.addEventListener('scroll', later, { passive: true });
    window.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(frame);
      box.removeEventListener('scroll', later);
      window.removeEventListener('resize', later);
    };
  }, [ref, inBox]);
  return printing || drawAll ? null : span;
}

/**
 * The rows drawn wherever the window is: the first and last (for Home and End), the Tab stop and its
 * neighbours (for the arrow keys), and any others given (highlighted, hovered). An index of -1 pins nothing.
 */
export function pinnedRows(count: number, tabStop: number, ...others: number[]): ReadonlySet<number> {
  return new Set([0, count - 1, tabStop - 1, tabStop, tabStop + 1, ...others]);
}

/**
 * Whether the row from `y` to `y + height` is drawn: inside the window, or one of the `pinned` rows (the one
 * with keyboard focus and its neighbours, the first and last for Home and End, the highlighted one).
 */
export function rowDrawn(
  window: ScrollWindow | null,
  y: number,
  height: number,
  index: number,
  pinned: ReadonlySet<number>,
): boolean {
  return window === null || pinned.has(index) || (y + height >= window.top && y <= window.bottom);
}

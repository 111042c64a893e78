import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { holdPage, pagePending } from '../lib/page-gate';
import { useHydrated } from '../lib/use-hydrated';
import { expectedChartWidth } from './expected-width';

/**
 * The width of the element the ref is attached to, kept up to date. Charts take their size from here
 * (principle: one wrapper measures, charts receive width and height).
 *
 * Measured by a ResizeObserver only: it reports sizes from the layout the browser does anyway, where reading
 * `getBoundingClientRect()` while mounting forced a layout of the whole page (seconds with large data).
 * Where there is no ResizeObserver (a bare jsdom) the chart keeps the fallback width.
 */
export function useParentWidth<T extends HTMLElement>(fallback = 640) {
  const ref = useRef<T>(null);
  // A pre-rendered page is hydrated at the width it was rendered at; a chart drawn afresh starts at the width
  // of a full-width frame, read from the app shell's probe (expected-width.ts), and is rarely drawn again.
  const hydrated = useHydrated();
  const [first] = useState(() => (hydrated ? (expectedChartWidth() ?? fallback) : fallback));
  const [width, setWidth] = useState(first);
  const release = useRef<{ width: number; release: () => void } | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // A hydrated page is still hidden (lib/page-gate.ts): its first redraw at the measured width is a
    // transition, done in slices, and the page is shown once it has landed.
    let hold = pagePending() ? holdPage() : null;
    // The observer also reports a change of height alone (the page shown, a chart drawn taller): the width
    // it gives is then the one drawn, and a render for it would redraw the chart for nothing, at once.
    let drawn = first;
    const measure = (w: number) => {
      if (w <= 0 || Math.floor(w) === drawn) return;
      drawn = Math.floor(w);
      setWidth(drawn);
    };
    // Browsers deliver the first size after layout and before paint; rendering it at once (flushSync) keeps
    // the fallback width from ever being painted. A test double that reports inside observe() is already
    // within this effect, where a plain update is synchronous.
    let observing = true;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) {
        // The border box, as getBoundingClientRect gave (contentRect leaves out padding and border).
        const w = entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
        if (hold) {
          const target = Math.floor(w);
          if (w > 0 && target !== drawn) {
            release.current = { width: target, release: hold };
            startTransition(() => measure(w));
          } else hold();
          hold = null;
        } else if (observing) measure(w);
        else flushSync(() => measure(w));
      }
    });
    observer.observe(el);
    observing = false;
    return () => {
      observer.disconnect();
      hold?.();
      release.current?.release();
    };
    // The observer is set up once, for the width the chart was first drawn at.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    if (release.current && release.current.width === width) {
      release.current.release();
      release.current = null;
    }
  }, [width]);
  return { ref, width };
}

import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Content taller than this many window heights scrolls inside its frame: with the frame's own title, legend
 * and sources around the box, no chart is then taller than three screens, at any width and any size of data.
 */
export const TALL_SCREENS = 2.5;

/**
 * Whether the element the ref is attached to is taller than `TALL_SCREENS` windows. Measured by a
 * ResizeObserver (from the layout the browser does anyway) and on window resize; the pre-rendered page and a
 * bare jsdom, which have no layout, keep it false, as does `enabled` false.
 */
export function useTallContent<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  const [tall, setTall] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !enabled || typeof ResizeObserver === 'undefined') return;
    let height = 0;
    // A test double that reports inside observe() is still within this effect, where an update is synchronous.
    let observing = true;
    const update = () => {
      const next = height > TALL_SCREENS * window.innerHeight;
      // Before paint, so the page is never drawn at the full height first and then cut.
      if (observing) setTall(next);
      else flushSync(() => setTall(next));
    };
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) height = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
      update();
    });
    observer.observe(el);
    observing = false;
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [enabled]);
  return [ref, enabled && tall] as const;
}

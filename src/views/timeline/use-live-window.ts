import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TimeWindow } from './timeline-window';

/**
 * The window on screen while the user drags, scrolls or pinches. It is written to the URL once the gesture
 * pauses: writing on every pointer move would flood the history API (browsers throttle it).
 */
export function useLiveWindow(committed: TimeWindow, commit: (w: TimeWindow) => void, delay = 250) {
  const [live, setLive] = useState<TimeWindow | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  }, [commit]);
  useEffect(() => () => clearTimeout(timer.current), []);

  /** Shows `w` now and writes it to the URL after `delay` ms without further change. */
  const preview = useCallback(
    (w: TimeWindow) => {
      setLive(w);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        commitRef.current(w);
        setLive(null);
      }, delay);
    },
    [delay],
  );

  /** Writes `w` to the URL at once (buttons, keys, presets). */
  const set = useCallback((w: TimeWindow) => {
    clearTimeout(timer.current);
    setLive(null);
    commitRef.current(w);
  }, []);

  const window = live ?? committed;
  // A key held down steps from the window it last asked for, not from one still being drawn (a transition).
  const latest = useRef(window);
  useLayoutEffect(() => {
    latest.current = window;
  });
  /** Writes the window `next` makes of the latest one to the URL at once (keys). */
  const step = useCallback((next: (w: TimeWindow) => TimeWindow) => set(next(latest.current)), [set]);

  return { window, gesturing: live !== null, preview, set, step };
}

import { useCallback, useEffect, useRef, useState } from 'react';
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

  return { window: live ?? committed, gesturing: live !== null, preview, set };
}

import { useState } from 'react';
import { flushSync } from 'react-dom';

/** More options than any select of the shipped snapshot has (the growth basis' 59 points). */
export const DEFERRED_OPTIONS_ABOVE = 200;

/**
 * A select with more options than `DEFERRED_OPTIONS_ABOVE` draws only its chosen option until it is focused or
 * pressed, then all of them: at rest it looks the same, and a page holds a few elements instead of one per
 * data point (3,200 options at 100× the data). Drawn synchronously, before the browser opens the list or
 * reads an arrow key.
 */
export function useDeferredOptions(count: number) {
  const [opened, setOpened] = useState(false);
  const all = opened || count <= DEFERRED_OPTIONS_ABOVE;
  const open = () => {
    if (!all) flushSync(() => setOpened(true));
  };
  return { all, selectProps: { onFocus: open, onPointerDown: open, onMouseDown: open } };
}

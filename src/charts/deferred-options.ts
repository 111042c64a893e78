import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useHydrated } from '../lib/use-hydrated';

/** More options than any select of the shipped snapshot has (the growth basis' 59 points). */
export const DEFERRED_OPTIONS_ABOVE = 200;

/**
 * A select with more options than `DEFERRED_OPTIONS_ABOVE` draws only its chosen option until it is focused or
 * pressed, then all of them: at rest it looks the same, and a page holds a few elements instead of one per
 * data point (3,200 options at 100× the data). Drawn synchronously, before the browser opens the list or
 * reads an arrow key.
 * A pre-rendered page holds only the chosen options too, until it is hydrated: without JavaScript a select
 * cannot change anything, and its options were the growth page's largest part after the chart (a few hundred
 * bytes of gzip, which put the Russian page past the first round trip of its HTML).
 */
export function useDeferredOptions(count: number) {
  const [opened, setOpened] = useState(false);
  const hydrated = useHydrated();
  /** Every option is wanted: there are few, or the select has been opened. Drawn once the page is live. */
  const wanted = opened || count <= DEFERRED_OPTIONS_ABOVE;
  const all = wanted && hydrated;
  const open = () => {
    if (!all) flushSync(() => setOpened(true));
  };
  return { all, wanted, selectProps: { onFocus: open, onPointerDown: open, onMouseDown: open } };
}

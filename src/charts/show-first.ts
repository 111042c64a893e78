import { createContext, useCallback, useContext, useRef, useState } from 'react';
import { usePrinting } from './use-printing';

/**
 * True while a chart frame is drawn for a picture (PNG download): a list shown in part draws every entry then,
 * as printing does, so a download never leaves out what the data holds.
 */
export const DrawAllContext = createContext(false);

/**
 * A list that shows its first `first` entries until the reader asks for all of them, so that a page's DOM does
 * not grow with the data. Print and picture downloads draw every entry. When the reader asks for all, focus
 * moves to the first entry that was hidden (give it `revealRef`), so keyboard and screen-reader users land
 * on what appeared rather than past it.
 */
export function useShowFirst(total: number, first: number) {
  const printing = usePrinting();
  const drawAll = useContext(DrawAllContext);
  const [expanded, setExpanded] = useState(false);
  const focusNext = useRef(false);
  const all = expanded || printing || drawAll;
  const shown = all ? total : Math.min(total, first);
  const revealRef = useCallback((element: HTMLElement | null) => {
    if (!element || !focusNext.current) return;
    focusNext.current = false;
    element.focus();
  }, []);
  return {
    shown,
    /** There are more entries than `first`: a toggle is worth drawing. */
    partial: total > first,
    expanded,
    expand: () => {
      focusNext.current = true;
      setExpanded(true);
    },
    collapse: () => setExpanded(false),
    /** The ref for the entry at index `first`: it takes focus when the reader has just asked for all. */
    revealRef,
    /** Spread on the entry at `index`: the first one "Show all" adds gets the ref, and can take focus. */
    revealProps: (index: number) => (index === first ? { ref: revealRef, tabIndex: -1 } : {}),
  };
}

/** A list shown in part, as `useShowFirst` keeps it. */
export type ShowFirst = ReturnType<typeof useShowFirst>;

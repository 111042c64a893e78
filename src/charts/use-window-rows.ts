import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type Key,
} from 'react';
import { useLocation } from 'react-router-dom';
import { keepAtTop } from './keep-at-top';
import {
  defaultRangeExtractor,
  measureElement,
  useWindowVirtualizer,
  type Range,
} from '@tanstack/react-virtual';

/** Sizes the rows not drawn yet; every drawn row is measured, so this only shapes the scrollbar at first. */
const ESTIMATED_ROW_PX = 44;
/** Rows drawn past each edge of the screen, so that Tab reaches the next row's link before it scrolls into view. */
const OVERSCAN = 8;

/** What to draw, top to bottom: a row by its index, or an empty gap standing in for rows not drawn. */
export type WindowSlot = { index: number; key: Key } | { gap: number; key: string };

interface WindowRowsOptions {
  count: number;
  /** Identifies the row at an index, so that a row keeps its measured height when the rows are re-sorted. */
  keyOf: (index: number) => string;
  /** The element id of the row at an index: `/sources#figure-…` scrolls to that row and focuses it. */
  idOf?: (index: number) => string | undefined;
}

/**
 * A window of a long list that scrolls with the page (the page keeps its one scrollbar; print and find-in-page
 * are handled by drawing every row, see charts/windowing.ts). The row with keyboard focus and the row the
 * URL's #hash names stay drawn while they are off screen, so focus is never dropped and a link lands on its row.
 */
export function useWindowRows<E extends HTMLElement>({ count, keyOf, idOf }: WindowRowsOptions) {
  const containerRef = useRef<E>(null);
  // Where the first row starts on the page; undefined until measured after the first render.
  const [margin, setMargin] = useState<number>();
  const [focused, setFocused] = useState<number>();
  const wanted = decodeHash(useLocation().hash);
  const target = wanted && idOf ? indexOfId(count, idOf, wanted) : -1;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const pinned = [...new Set([focused, target])].filter(
        (i): i is number => i !== undefined && i >= 0 && i < range.count && !indexes.includes(i),
      );
      return pinned.length === 0 ? indexes : [...indexes, ...pinned].sort((a, b) => a - b);
    },
    [focused, target],
  );

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    scrollMargin: margin ?? 0,
    getItemKey: keyOf,
    rangeExtractor,
    measureElement: (element, entry, instance) => {
      // A row's height comes from its ResizeObserver entry, read after layout. Reading it when the row is
      // first drawn would force a layout per row (240 ms to re-sort 3,600 events at 100× the data).
      if (!entry) {
        const index = instance.indexFromElement(element);
        return instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? ESTIMATED_ROW_PX;
      }
      // A row measured as 0 px (jsdom, a hidden tab) would pull every row into the window.
      return measureElement(element, entry, instance) || ESTIMATED_ROW_PX;
    },
  });

  // The page above the list (citations, a search status line) can change height; the window follows it.
  useLayoutEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      setMargin((m) => (m !== undefined && Math.abs(m - top) < 1 ? m : top));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const goToTarget = useEffectEvent((): (() => void) => {
    if (target < 0) return () => {};
    virtualizer.scrollToIndex(target, { align: 'start' });
    const row = containerRef.current?.querySelector<HTMLElement>(`[data-index="${target}"]`);
    if (!row) return () => {};
    row.focus({ preventScroll: true });
    return keepAtTop(row);
  });
  const measured = margin !== undefined;
  // Only when the hash changes (or once the list knows where it starts): re-sorting does not jump to it again.
  useEffect(() => {
    if (!measured || !wanted) return;
    let release = () => {};
    // After the frame, not inside React's commit: the virtualiser re-renders synchronously when it scrolls.
    const frame = requestAnimationFrame(() => {
      release = goToTarget();
    });
    return () => {
      cancelAnimationFrame(frame);
      release();
    };
  }, [measured, wanted]);

  const scrollMargin = virtualizer.options.scrollMargin;
  const slots: WindowSlot[] = [];
  let end = 0;
  for (const item of virtualizer.getVirtualItems()) {
    const start = item.start - scrollMargin;
    if (start > end) slots.push({ gap: start - end, key: `gap-${item.index}` });
    slots.push({ index: item.index, key: item.key });
    end = item.end - scrollMargin;
  }
  const total = virtualizer.getTotalSize();
  if (total > end) slots.push({ gap: total - end, key: 'gap-end' });

  const onFocus = (event: FocusEvent) => {
    const row = event.target.closest('[data-index]');
    setFocused(row ? Number(row.getAttribute('data-index')) : undefined);
  };
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(undefined);
  };

  /** Props for the element drawn for the row at `index`. */
  const itemProps = (index: number) => ({
    'data-index': index,
    ref: virtualizer.measureElement,
    ...(index === target ? { tabIndex: -1, 'data-target': '' } : {}),
  });

  return { containerRef, slots, itemProps, focusProps: { onFocus, onBlur } };
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

function indexOfId(count: number, idOf: (index: number) => string | undefined, id: string): number {
  for (let i = 0; i < count; i++) if (idOf(i) === id) return i;
  return -1;
}

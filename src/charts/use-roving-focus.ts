import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useEmbed } from '../lib/embed-context';
import {
  nextGridIndex,
  nextListIndex,
  nextSpatialIndex,
  type GridOrientation,
  type NavKey,
  type Point,
} from './roving-navigation';

/** How the arrow keys move; the maths is in `roving-navigation.ts`. */
export type RovingLayout =
  | { mode: 'list' }
  /** `lengths`: cells in each group, in the order of `ids`. */
  | { mode: 'grid'; lengths: readonly number[]; orientation: GridOrientation }
  /** `points`: the position of each mark, in the order of `ids`. */
  | { mode: 'spatial'; points: readonly Point[] };

export type RovingOptions = RovingLayout & {
  /** One stable id per mark, in reading order (Home/End and the first Tab stop follow it). */
  ids: readonly string[];
  /** The mark that is the Tab stop until the reader moves (a selected or highlighted one). */
  initial?: string | undefined;
};

/** What a mark needs: spread on the focusable element, passing its own focus and key handlers through. */
export interface RovingHandlers<E extends Element> {
  onFocus?: (event: FocusEvent<E>) => void;
  onKeyDown?: (event: KeyboardEvent<E>) => void;
}

/**
 * One Tab stop per chart (roving tabindex, WAI-ARIA): the active mark has tabIndex 0 and all others -1;
 * the arrow keys (and Home/End) move focus between marks as the layout says, without wrapping. Focus by
 * click or Tab makes a mark the active one. Enter, Space, Escape and every other key are left to the
 * mark's own `onKeyDown`, so each chart keeps what it does on activation.
 */
export function useRovingFocus(options: RovingOptions) {
  const { ids, initial } = options;
  // A static embed is a picture: no mark is a Tab stop, so none opens a tooltip over it.
  const { isStatic } = useEmbed();
  const [moved, setMoved] = useState<string | null>(null);
  const nodes = useRef(new Map<string, HTMLElement | SVGElement>());
  const activeId =
    moved !== null && ids.includes(moved)
      ? moved
      : initial !== undefined && ids.includes(initial)
        ? initial
        : ids[0];

  const next = (index: number, event: NavKey): number | null => {
    if (options.mode === 'list') return nextListIndex(ids.length, index, event);
    if (options.mode === 'grid') return nextGridIndex(options.lengths, index, event, options.orientation);
    return nextSpatialIndex(options.points, index, event);
  };

  const refFor = useCallback(
    (id: string) => (node: HTMLElement | SVGElement | null) => {
      if (node) nodes.current.set(id, node);
      else if (nodes.current.get(id)) nodes.current.delete(id);
    },
    [],
  );

  const onKeyDown = (event: KeyboardEvent, id: string): boolean => {
    const index = ids.indexOf(id);
    if (index < 0) return false;
    const to = next(index, event);
    if (to === null) return false;
    event.preventDefault();
    const target = ids[to];
    if (target === undefined) return true;
    setMoved(target);
    nodes.current.get(target)?.focus();
    return true;
  };

  /** Props for the mark `id`: ref, tabIndex, and focus and key handlers chained with the mark's own. */
  const itemProps = <E extends Element>(id: string, own: RovingHandlers<E> = {}) => ({
    ref: refFor(id),
    tabIndex: id === activeId && !isStatic ? 0 : -1,
    onFocus: (event: FocusEvent<E>) => {
      setMoved(id);
      own.onFocus?.(event);
    },
    onKeyDown: (event: KeyboardEvent<E>) => {
      if (onKeyDown(event, id)) return;
      own.onKeyDown?.(event);
    },
  });

  return { activeId, itemProps, isActive: (id: string) => id === activeId };
}

/**
 * A mark's own keys besides the arrows, the same on every chart: Enter or Space activates it as a button
 * would (select, highlight, open), Escape dismisses (hides the tooltip, clears a selection).
 */
export function activationKeys(activate: () => void, dismiss?: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate();
    } else if (e.key === 'Escape' && dismiss) dismiss();
  };
}

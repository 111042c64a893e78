import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** One flag for the whole page: a component mounted while printing (the view lays out again) reads it too. */
let printing = false;
const listeners = new Set<() => void>();
let listening = false;

function set(next: boolean) {
  if (printing === next) return;
  printing = next;
  // `beforeprint` is handled synchronously because the browser snapshots the page right after it returns.
  flushSync(() => listeners.forEach((listener) => listener()));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Installed once and kept, so the flag is right whenever the next component subscribes.
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    window.addEventListener('beforeprint', () => set(true));
    window.addEventListener('afterprint', () => set(false));
    window.matchMedia?.('print').addEventListener?.('change', (e) => set(e.matches));
  }
  return () => listeners.delete(listener);
}

/**
 * True while the page is being printed, so a view can lay out its charts AND its tables for paper, and a list
 * drawn in part or as a window draws every entry.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => printing,
    () => false,
  );
}

import { Suspense, useEffect, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { holdPage, pagePending } from '../lib/page-gate';

/**
 * A Suspense boundary that keeps a pre-rendered page hidden (lib/page-gate.ts) until what it holds is in. A lazy
 * view inside a page (a slide of the deck) hydrates after the page around it: shown before, the page would draw
 * that view's charts at their width after showing it, at once, in one long task.
 */
export function HeldSuspense({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const release = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    if (!pagePending()) return;
    const hold = holdPage();
    release.current = hold;
    return () => {
      hold();
      release.current = null;
    };
  }, []);
  return (
    <Suspense fallback={fallback}>
      {children}
      <ReleaseWhenIn release={release} />
    </Suspense>
  );
}

/** Commits with the boundary's content, so its effect runs once that content is in (and has taken its own holds). */
function ReleaseWhenIn({ release }: { release: RefObject<(() => void) | null> }) {
  useEffect(() => release.current?.(), [release]);
  return null;
}

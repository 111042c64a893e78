/** The DOM id of a feature's card; `?feature=n` and the tiles point at it. */
export function featureElementId(n: number): string {
  return `feature-${n}`;
}

/** Brings a feature's card into view and moves focus to it, so keyboard and screen-reader users follow. */
export function scrollToFeature(n: number): void {
  const element = document.getElementById(featureElementId(n));
  if (!element) return;
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  // jsdom has no scrollIntoView; browsers all do.
  element.scrollIntoView?.({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
  element.focus({ preventScroll: true });
}

/**
 * Collators for sorting by the page's language. The first collator a page makes costs 10–14 ms on a 2-core
 * machine (the browser loads its collation data), each later one next to nothing: a table makes one while
 * idle, so that the first sort a visitor asks for does not pay for it.
 */
const collators = new Map<string, Intl.Collator>();

export function collatorFor(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang);
    collators.set(lang, collator);
  }
  return collator;
}

/** Makes the language's collator when the browser is next idle; cancels with the returned function. */
export function prepareCollator(lang: string): () => void {
  if (collators.has(lang) || typeof window === 'undefined') return () => {};
  const make = () => void collatorFor(lang);
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(make, { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(make, 1000);
  return () => window.clearTimeout(handle);
}

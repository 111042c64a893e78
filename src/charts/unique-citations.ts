import type { Citation } from '../data/schema';

/** Every distinct citation behind a chart, once each, in first-use order. */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.source}\u0000${c.locator}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

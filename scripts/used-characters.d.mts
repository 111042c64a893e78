/** Every code point the dashboard's own texts and data use (see used-characters.mjs). */
export function usedCodePoints(root?: string): Set<number>;
/** Code points as unicode-range runs, e.g. U+41-5A. */
export function asRange(points: Iterable<number>): string;

/** Every code point the dashboard's own texts and data use (see used-characters.mjs). */
export function usedCodePoints(root?: string): Set<number>;

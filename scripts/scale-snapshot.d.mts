/** A synthetic snapshot k times the size of `base`, valid and marked synthetic (see scale-snapshot.mjs). */
export function scaleSnapshot<T>(base: T, k: number): T;

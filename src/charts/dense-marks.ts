/**
 * What every chart that draws a crowd of marks as a few paths shares (the growth lines and event strip, the
 * timeline's lanes): when to switch, and how one focusable element walks through the marks it stands for.
 */

/**
 * More marks than one per this many px of plot width: they overlap anyway, and one element each costs more
 * than it helps, so they are drawn as paths.
 */
export const DENSE_PX_PER_POINT = 4;

export const isDenseCount = (count: number, plotWidth: number) => count > plotWidth / DENSE_PX_PER_POINT;

interface StepKey {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * Where ← → Home End move the cursor of a mark drawn as one path (a dense line, a dense event strip), or null
 * for any other key or past either end, which the chart's roving focus then takes.
 */
export function stepAlong(e: StepKey, index: number, last: number): number | null {
  if (e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === 'ArrowRight') return index < last ? index + 1 : null;
  if (e.key === 'ArrowLeft') return index > 0 ? index - 1 : null;
  if (e.key === 'Home') return 0;
  if (e.key === 'End') return last;
  return null;
}

/** The index of the point of `at` nearest to (x, y). */
export function nearestIndex(at: ReadonlyArray<readonly [number, number]>, x: number, y: number): number {
  let best = 0;
  let bestD = Infinity;
  at.forEach(([px, py], i) => {
    const d = (px - x) ** 2 + (py - y) ** 2;
    if (d < bestD) [best, bestD] = [i, d];
  });
  return best;
}

/**
 * The key handler of a mark drawn as one path: ← → Home End move its cursor, calling each of `onStep` (keep
 * the cursor, show the tooltip); any other key, and a step past either end, go to `rest` (the chart's
 * roving focus).
 */
export function alongKeys<E extends StepKey & { preventDefault: () => void }>(
  index: number,
  last: number,
  onStep: readonly ((to: number) => void)[],
  rest: (e: E) => void,
) {
  return (e: E) => {
    const to = stepAlong(e, index, last);
    if (to === null) {
      rest(e);
      return;
    }
    e.preventDefault();
    for (const step of onStep) step(to);
  };
}

/** The index of the point of `at` nearest to the pointer, in the px of the chart's <svg> around `target`. */
export function nearestToPointer(
  at: ReadonlyArray<readonly [number, number]>,
  target: Element,
  pointer: { clientX: number; clientY: number },
): number | null {
  const box = target.closest('svg')?.getBoundingClientRect();
  return box ? nearestIndex(at, pointer.clientX - box.left, pointer.clientY - box.top) : null;
}

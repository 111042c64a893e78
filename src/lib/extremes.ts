/**
 * The largest and smallest of a list of numbers, as `Math.max` and `Math.min` give (NaN wins; an empty list
 * gives -Infinity and Infinity), but in a loop. `Math.max(...values)` passes every value as an argument, and
 * past about 100,000 of them (points, events, rows of a large snapshot) it throws "Maximum call stack size
 * exceeded".
 */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) max = Math.max(max, v);
  return max;
}

export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) min = Math.min(min, v);
  return min;
}

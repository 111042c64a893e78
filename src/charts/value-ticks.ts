/** A labelled tick of an axis. */
export interface AxisTick {
  value: number;
  label: string;
}

/** Round ticks of a linear or log scale, labelled; `integers` drops fractional ones (counts of things). */
export function valueTicks(
  scale: { ticks: (count?: number) => number[] },
  count: number,
  label: (value: number) => string,
  { integers = false } = {},
): AxisTick[] {
  return scale
    .ticks(count)
    .filter((v) => !integers || Number.isInteger(v))
    .map((value) => ({ value, label: label(value) }));
}

/**
 * Ticks of a log scale: 1, 2 and 5 in every decade of `[lo, hi]` when at most `max` of them fit, else the
 * powers of ten alone.
 */
export function logTicks([lo, hi]: readonly [number, number], max: number): number[] {
  const within = (steps: number[]) => {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
      for (const m of steps) {
        const v = m * 10 ** e;
        if (v >= lo && v <= hi) out.push(v);
      }
    return out;
  };
  const fine = within([1, 2, 5]);
  return fine.length <= max ? fine : within([1]);
}

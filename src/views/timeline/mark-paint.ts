/**
 * How each kind of timeline mark is painted and where a period's parts lie: shared by the single mark
 * (`EventMark`) and a dense lane's paths (`DenseLane`), so the legend holds for both.
 */
import { GEOMETRY, type MarkLayout } from './timeline-layout';

export const PAINT = {
  /** Fill opacity of a band (date known to the month, season or year): stated, inferred. */
  bandFill: [0.2, 0.1],
  /** Fill opacity of a period's certain part: stated, inferred. */
  periodFill: [0.3, 0.15],
  /** A period's fading end runs from this opacity at the certain part to this one at the outer edge. */
  fadeFrom: 0.3,
  fadeTo: 0.02,
  /** An inferred date is drawn dashed. */
  dash: '4 3',
} as const;

/** Stated or inferred: the index into a `PAINT` pair. */
export const inferred = (mark: MarkLayout) => (mark.drawn.approximate ? 1 : 0);

type Span = readonly [number, number];

/**
 * A period's drawn parts in px: the fading start and end (where an end is known only to the month or
 * season) and the certain core, or null where a part is not drawn.
 */
export function periodParts(mark: MarkLayout): {
  fadeStart: Span | null;
  core: Span | null;
  fadeEnd: Span | null;
} {
  const fadeStart = mark.xCoreStart - mark.xOuterStart > 0.5;
  const fadeEnd = mark.xOuterEnd - mark.xCoreEnd > 0.5;
  // A period shorter than the minimum bar is widened around its centre so it stays visible and clickable.
  const core0 = fadeStart || fadeEnd ? mark.xCoreStart : mark.x0;
  const core1 = fadeStart || fadeEnd ? mark.xCoreEnd : mark.x1;
  return {
    fadeStart: fadeStart ? [mark.xOuterStart, mark.xCoreStart] : null,
    core: core1 - core0 > 0.5 ? [core0, core1] : null,
    fadeEnd: fadeEnd ? [mark.xCoreEnd, mark.xOuterEnd] : null,
  };
}

/** The top of a bar-shaped mark (period, focus ring) centred on its row. */
export const barTop = (mark: MarkLayout) => mark.y - GEOMETRY.markHeight / 2;

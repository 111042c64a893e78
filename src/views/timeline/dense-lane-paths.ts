/**
 * The path data of a lane drawn as paths (`DenseLane`): every mark of one kind in one `d`, at the place and
 * size a single mark of that kind has (`EventMark`). Pure, so the drawing is testable without a browser.
 */
import { GEOMETRY, type MarkLayout } from './timeline-layout';
import { barTop, inferred, PAINT, periodParts } from './mark-paint';

/**
 * A fading end as this many steps of falling opacity: a gradient is laid across a whole element, so one
 * path of many fading ends cannot carry it.
 */
export const FADE_STEPS = 8;

const n = (v: number) => Math.round(v * 10) / 10;
const box = (x0: number, y0: number, x1: number, y1: number) =>
  `M${n(x0)},${n(y0)}H${n(x1)}V${n(y1)}H${n(x0)}Z`;

/** Stated and inferred variants of one kind of mark: the second is drawn dashed. */
type Pair = [string[], string[]];
const pair = (): Pair => [[], []];

export interface DenseLanePaths {
  /** Each mark's centre, in the lane's order (date order): where the pointer and the keyboard find it. */
  at: (readonly [number, number])[];
  /** Per kind, stated then inferred. */
  dots: [string, string];
  bandFills: [string, string];
  bandLines: [string, string];
  periods: [string, string];
  /** The fading ends by step, from the certain part outwards, with the opacity of each step. */
  fades: { d: string; opacity: number }[];
}

/**
 * One `d` per kind of mark, painted by `DenseLane` as `EventMark` paints one mark of that kind. A bar's
 * centre is taken on its part inside the plot (`left` to `right`), where the pointer can reach it.
 */
export function denseLanePaths(marks: readonly MarkLayout[], left: number, right: number): DenseLanePaths {
  const g = GEOMETRY;
  const r = g.dotRadius;
  const [dots, bandFills, bandLines, periods] = [pair(), pair(), pair(), pair()];
  const fades: string[][] = Array.from({ length: FADE_STEPS }, () => []);
  const centre = (m: MarkLayout) => [(Math.max(m.x0, left) + Math.min(m.x1, right)) / 2, m.y] as const;
  const at = marks.map((m) => {
    const k = inferred(m);
    const { y } = m;
    if (m.drawn.shape === 'day') {
      const cx = (m.xOuterStart + m.xOuterEnd) / 2;
      dots[k].push(`M${n(cx - r)},${n(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`);
      return [cx, y] as const;
    }
    if (m.drawn.shape === 'band') {
      bandFills[k].push(box(m.x0, y - 6, m.x1, y + 6));
      bandLines[k].push(
        `M${n(m.x0)},${n(y - 6)}V${n(y + 6)}M${n(m.x0)},${n(y)}H${n(m.x1)}M${n(m.x1)},${n(y - 6)}V${n(y + 6)}`,
      );
      return centre(m);
    }
    const { fadeStart, core, fadeEnd } = periodParts(m);
    const [top, bottom] = [barTop(m), barTop(m) + g.markHeight];
    if (core) periods[k].push(box(core[0], top, core[1], bottom));
    // Step i of a fading end lies i steps out from the certain part.
    for (let i = 0; i < FADE_STEPS; i++) {
      if (fadeStart) {
        const w = (fadeStart[1] - fadeStart[0]) / FADE_STEPS;
        fades[i]?.push(box(fadeStart[1] - (i + 1) * w, top, fadeStart[1] - i * w, bottom));
      }
      if (fadeEnd) {
        const w = (fadeEnd[1] - fadeEnd[0]) / FADE_STEPS;
        fades[i]?.push(box(fadeEnd[0] + i * w, top, fadeEnd[0] + (i + 1) * w, bottom));
      }
    }
    return centre(m);
  });
  const join = ([a, b]: Pair): [string, string] => [a.join(''), b.join('')];
  return {
    at,
    dots: join(dots),
    bandFills: join(bandFills),
    bandLines: join(bandLines),
    periods: join(periods),
    fades: fades.map((parts, i) => ({
      d: parts.join(''),
      // The gradient's opacity at the middle of the step.
      opacity: PAINT.fadeFrom + ((i + 0.5) / FADE_STEPS) * (PAINT.fadeTo - PAINT.fadeFrom),
    })),
  };
}

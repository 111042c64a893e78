import type { CSSProperties } from 'react';
import type { Qualifier } from '../data/schema';

export type FigureKind = Qualifier['kind'];

/**
 * How every chart, legend and glyph draws a figure of each kind: the one definition the qualifier legend
 * promises. Solid = as reported; open with a heavy outline = a bound; a light wash with a dashed outline =
 * approximate; hatched with a dotted outline = derived by the dashboard.
 */
export const KIND_ENCODING: Record<
  FigureKind,
  { fill: 'solid' | 'open' | 'wash' | 'hatch'; strokeWidth: number; dash?: string }
> = {
  exact: { fill: 'solid', strokeWidth: 1 },
  lowerBound: { fill: 'open', strokeWidth: 2 },
  upperBound: { fill: 'open', strokeWidth: 2 },
  approximate: { fill: 'wash', strokeWidth: 1.5, dash: '5 3' },
  derived: { fill: 'hatch', strokeWidth: 1.5, dash: '2 2' },
};

/** The kinds among `figures` (missing ones skipped), in first-seen order: what a chart's legend must explain. */
export function kindsOf(
  figures: readonly ({ qualifier: { kind: FigureKind } } | null | undefined)[],
): FigureKind[] {
  return [...new Set(figures.flatMap((f) => (f ? [f.qualifier.kind] : [])))];
}

/** Opacity of the approximate wash. */
export const WASH = 0.3;

/** The presentation attributes of a mark; spread onto any SVG shape. */
export interface KindPaint {
  /** Marks every shape the kit paints, so tests can check each kind is drawn one way on every chart. */
  'data-figure-kind': FigureKind;
  fill: string;
  fillOpacity?: number;
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
}

/** SVG paint for a mark of `kind` in `colour`; `hatchId` names a `<KindHatch>` in the same colour. */
export function kindPaint(kind: FigureKind, colour: string, background: string, hatchId: string): KindPaint {
  const e = KIND_ENCODING[kind];
  const stroke = {
    'data-figure-kind': kind,
    stroke: colour,
    strokeWidth: e.strokeWidth,
    strokeDasharray: e.dash,
  };
  switch (e.fill) {
    case 'solid':
      return { ...stroke, fill: colour };
    case 'open':
      return { ...stroke, fill: background };
    case 'wash':
      return { ...stroke, fill: colour, fillOpacity: WASH };
    case 'hatch':
      return { ...stroke, fill: `url(#${hatchId})` };
  }
}

/** The same encoding for HTML glyphs (small squares in lists and matrices), in CSS colours. */
export function kindGlyphStyle(kind: FigureKind, colour: string, background: string): CSSProperties {
  const e = KIND_ENCODING[kind];
  const border = `${e.strokeWidth}px ${e.dash === undefined ? 'solid' : e.fill === 'hatch' ? 'dotted' : 'dashed'} ${colour}`;
  switch (e.fill) {
    case 'solid':
      return { border, background: colour };
    case 'open':
      return { border, background };
    case 'wash':
      return { border, background: `color-mix(in srgb, ${colour} ${WASH * 100}%, ${background})` };
    case 'hatch':
      return {
        border,
        background: `repeating-linear-gradient(45deg, ${colour} 0 1.5px, color-mix(in srgb, ${colour} 18%, ${background}) 1.5px 3.5px)`,
      };
  }
}

/** The id of the hatch pattern for `colour` among a chart's `<KindHatches prefix>`. */
export const hatchId = (prefix: string, colour: string) => `${prefix}-${colour.replace(/[^a-zA-Z0-9]/g, '')}`;

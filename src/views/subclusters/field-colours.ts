import type { CSSProperties } from 'react';
import { mix, readableOn } from '../../charts/colour';
import type { Palette } from '../../ui/palette';
import type { Figure } from '../../data/schema';

/**
 * Colour intensity by count, from a pale tint of the first series colour (1) to the full colour (max),
 * mixed with the theme's background so that it works in light and dark mode.
 */
export function intensityScale(palette: Palette, max: number): (count: number) => string {
  const full = palette.series[0] ?? palette.accent;
  return (count) => mix(palette.background, full, max <= 1 ? 1 : 0.18 + (0.82 * (count - 1)) / (max - 1));
}

/**
 * Black or white, whichever reads better on `colour`. Only pure black and white reach the 4.5:1 contrast
 * on every tint of the scale (mid-tones fall short with the softer theme text colours).
 */
export function cellText(colour: string): string {
  return readableOn(colour, '#000000', '#ffffff');
}

/** Fill and text colour of a matrix cell; open, dashed or dotted outlines for non-exact counts. */
export function cellStyle(figure: Figure, colour: string, palette: Palette): CSSProperties {
  const text = cellText(colour);
  switch (figure.qualifier.kind) {
    case 'exact':
      return { background: colour, color: text, borderColor: colour };
    case 'lowerBound':
    case 'upperBound':
      return { background: 'transparent', color: palette.text, borderColor: colour, borderWidth: 2 };
    case 'approximate':
      return {
        background: colour,
        color: text,
        borderColor: palette.text,
        borderStyle: 'dashed',
        opacity: 0.75,
      };
    case 'derived':
      return {
        background: colour,
        color: text,
        borderColor: palette.text,
        borderStyle: 'dotted',
        opacity: 0.6,
      };
  }
}

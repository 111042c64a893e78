/** Estimated text widths for SVG layout (SVG text does not wrap, and jsdom measures nothing). */

/** Average glyph width of 13 px system-ui, rounded up so wrapped text never overflows; Cyrillic is wider. */
export const CHAR_WIDTH = 7.4;
export const CYRILLIC_CHAR_WIDTH = 8.4;

/** The glyph width to assume for a text: wider when it is (mostly) Cyrillic. */
export function charWidthOf(text: string): number {
  return /[\u0400-\u04ff]/.test(text) ? CYRILLIC_CHAR_WIDTH : CHAR_WIDTH;
}

/** Approximate pixel width of a text at 12–13 px, for placing labels. */
export function textWidth(text: string, charWidth = charWidthOf(text)): number {
  return text.length * charWidth;
}

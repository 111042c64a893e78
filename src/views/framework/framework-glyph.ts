/** The colours of the figure glyphs in tiles and lists: the qualifier legend's, as CSS. */
export const GLYPH = 'var(--text-muted)';
export const GLYPH_BG = 'var(--surface)';

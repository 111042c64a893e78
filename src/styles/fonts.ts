/**
 * The app's one typeface, Inter (variable, Latin and Cyrillic), self-hosted from @fontsource-variable/inter plus
 * a generated subset of Inter's arrows and signs (scripts/build-symbol-font.mjs). Every glyph the dashboard
 * draws comes from these files, never from the fonts a machine happens to have, so text widths, label placement,
 * screenshots and downloads are the same everywhere.
 *
 * The italic faces are declared by a style sheet of their own (fonts-italic.ts) that the app loads before it
 * renders: a pre-rendered page's first paint needs only the upright faces, and the italic ones (72 kB in
 * Latin and Cyrillic) would otherwise be fetched before it, beside them. Until then (and without JavaScript)
 * the few italic texts are drawn slanted from the upright face.
 */
import '@fontsource-variable/inter/wght.css';
import './fonts/inter-symbols.css';

/** The CSS family name of the faces above. */
export const FONT_FAMILY = 'Inter Variable';

/** Characters that make the browser fetch the Latin, Cyrillic and symbol faces every page needs. */
const FIRST_PAINT_TEXT = 'Aa1 Яя →';

/**
 * Resolves when the faces the first paint needs have loaded, or after `timeoutMs` (a slow font must not keep
 * the dashboard blank). Rendering waits for it so that no text is laid out, measured or exported in a
 * fallback font and then shifts when Inter arrives.
 */
export function fontsReady(timeoutMs = 1500): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
  const load = (style: string) => document.fonts.load(`${style} 400 16px "${FONT_FAMILY}"`, FIRST_PAINT_TEXT);
  const loads = [load('normal'), import('./fonts-italic').then(() => load('italic'))];
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([Promise.all(loads).then(() => undefined), timeout]).catch(() => undefined);
}

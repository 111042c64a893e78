/**
 * The app's one typeface, Inter (variable, Latin and Cyrillic), self-hosted from @fontsource-variable/inter plus
 * a generated subset of Inter's arrows and signs (scripts/build-symbol-font.mjs). Every glyph the dashboard
 * draws comes from these files, never from the fonts a machine happens to have, so text widths, label placement,
 * screenshots and downloads are the same everywhere.
 *
 * There are no italic faces: the few italic texts (a cited title, "not reported", a chart's note) are slanted from
 * the upright face. Adding a face to a page, or one arriving, makes the browser style and lay out all of its text
 * again: with the italic faces that was 20–40 ms more in the task that shows a pre-rendered page (unthrottled;
 * four times that on a slow phone), and text drawn before they arrived rewrapped. Downloaded pictures embed
 * Inter's own italic (export/font-embed.ts).
 *
 * Each face comes twice: cut down to the characters the dashboard writes (fonts/used/, about half the bytes,
 * what a page fetches) and whole, fetched only for another character (a snapshot of one's own may have any).
 */
import '@fontsource-variable/inter/wght.css';
import './fonts/inter-symbols.css';
// Declared last, so they win for their characters: the ones the dashboard writes (scripts/build-used-fonts.mjs).
import './fonts/used/inter-used.css';
import { FIRST_PAINT_TEXT, facesDrawing } from './face-picking';

export { FONT_FAMILY, parseUnicodeRange } from './face-picking';

/** Whether every face that draws `text` (upright) has loaded; false while the app's faces are not declared yet. */
export function facesLoaded(text: string): boolean {
  const faces = facesDrawing(text, 'normal');
  if (faces.length === 0) return text.trim() === '';
  return faces.every((f) => f.status === 'loaded');
}

/**
 * Resolves when the upright faces the first paint needs have loaded, or after `timeoutMs` (a slow font must not
 * keep the dashboard blank). Rendering waits for it so that no text is laid out, measured or exported in a
 * fallback font and then shifts when Inter arrives. Past the timeout the faces go on loading, and the app
 * draws its charts again when they have, if any label was placed by the estimate (app/use-late-fonts.ts).
 */
export function fontsReady(timeoutMs = 1500): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
  return withTimeout(uprightLoaded(), timeoutMs);
}

function withTimeout(loads: Promise<unknown>, timeoutMs: number): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([loads.then(() => undefined), timeout]).catch(() => undefined);
}

/** Resolves when the upright faces the first paint needs have loaded: the ones text measuring waits for. */
function uprightLoaded(): Promise<void> {
  return Promise.all(facesDrawing(FIRST_PAINT_TEXT, 'normal').map((f) => f.load())).then(() => undefined);
}

/** Whether the upright faces the first paint needs have loaded (false where there are no web fonts). */
export function firstPaintFacesLoaded(): boolean {
  return typeof document !== 'undefined' && 'fonts' in document && facesLoaded(FIRST_PAINT_TEXT);
}

let estimated = false;

/** Text measuring (charts/text-measure.ts) placed a label by its estimate: the font had not loaded yet. */
export function noteWidthEstimated(): void {
  estimated = true;
}

/**
 * Resolves, once the upright faces have loaded, with whether a width was estimated before (and forgets it):
 * true when the charts drawn meanwhile should be drawn again in the real widths.
 */
export function fontsArrivedAfterEstimates(): Promise<boolean> {
  return uprightLoaded().then(
    () => {
      const due = estimated;
      estimated = false;
      return due;
    },
    () => false,
  );
}

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
 *
 * Each face comes twice: cut down to the characters the dashboard writes (fonts/used/, about half the bytes,
 * what a page fetches) and whole, fetched only for another character (a snapshot of one's own may have any).
 */
import '@fontsource-variable/inter/wght.css';
import './fonts/inter-symbols.css';
// Declared last, so they win for their characters: the ones the dashboard writes (scripts/build-used-fonts.mjs).
import './fonts/used/inter-used.css';

/** The CSS family name of the faces above. */
export const FONT_FAMILY = 'Inter Variable';

/** Characters that make the browser fetch the Latin, Cyrillic and symbol faces every page needs. */
const FIRST_PAINT_TEXT = 'Aa1 Яя →';

/** Code point runs of a CSS unicode-range such as `U+0000-00FF,U+2116` (or as the browser reports it, spaced). */
export function parseUnicodeRange(range: string): Array<[number, number]> {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const a = parseInt(from ?? '', 16);
    return [a, to ? parseInt(to, 16) : a];
  });
}

const rangesOf = new WeakMap<FontFace, Array<[number, number]>>();

/** A face's `unicode-range` as runs, parsed once per face. */
function runsOf(face: FontFace): Array<[number, number]> {
  let runs = rangesOf.get(face);
  if (!runs) {
    runs = parseUnicodeRange(face.unicodeRange);
    rangesOf.set(face, runs);
  }
  return runs;
}

/**
 * The faces the browser draws the text with in this style: for each character, the last declared face whose range
 * holds it. `document.fonts.load` and `check` would take every face that holds a character, the whole faces
 * behind the cut ones too (fetching 150 kB no page draws with, or answering "not loaded" for ever).
 */
function facesDrawing(text: string, style: string): FontFace[] {
  const faces: FontFace[] = [];
  document.fonts.forEach((f) => {
    if (f.style === style && f.family.replace(/["']/g, '') === FONT_FAMILY) faces.push(f);
  });
  const picked = new Set<FontFace>();
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    const cp = ch.codePointAt(0) ?? 0;
    for (let i = faces.length - 1; i >= 0; i--)
      if (runsOf(faces[i]!).some(([a, b]) => cp >= a && cp <= b)) {
        picked.add(faces[i]!);
        break;
      }
  }
  return [...picked];
}

/** Whether every face that draws `text` (upright) has loaded; false while the app's faces are not declared yet. */
export function facesLoaded(text: string): boolean {
  const faces = facesDrawing(text, 'normal');
  if (faces.length === 0) return text.trim() === '';
  return faces.every((f) => f.status === 'loaded');
}

/**
 * Resolves when the faces the first paint needs have loaded, or after `timeoutMs` (a slow font must not keep
 * the dashboard blank). Rendering waits for it so that no text is laid out, measured or exported in a
 * fallback font and then shifts when Inter arrives. Past the timeout the faces go on loading, and the app
 * draws its charts again when they have, if any label was placed by the estimate (app/use-late-fonts.ts).
 */
export function fontsReady(timeoutMs = 1500): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
  const loads = [uprightLoaded(), import('./fonts-italic').then(() => loadFaces('italic'))];
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([Promise.all(loads).then(() => undefined), timeout]).catch(() => undefined);
}

const loadFaces = (style: string) => Promise.all(facesDrawing(FIRST_PAINT_TEXT, style).map((f) => f.load()));

/** Resolves when the upright faces the first paint needs have loaded: the ones text measuring waits for. */
function uprightLoaded(): Promise<void> {
  return loadFaces('normal').then(() => undefined);
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

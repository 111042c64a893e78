/**
 * Which of the app's faces the browser draws a text with (styles/fonts.ts declares them): what the code that
 * waits for the upright faces waits for.
 */

/** The CSS family name of the app's faces (Inter, styles/fonts.ts). */
export const FONT_FAMILY = 'Inter Variable';

/** Characters that make the browser fetch the Latin, Cyrillic and symbol faces every page needs. */
export const FIRST_PAINT_TEXT = 'Aa1 Яя →';

/** Code point runs of a CSS unicode-range such as `U+0000-00FF,U+2116` (or as the browser reports it, spaced). */
export function parseUnicodeRange(range: string): Array<[number, number]> {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const a = parseInt(from ?? '', 16);
    return [a, to ? parseInt(to, 16) : a];
  });
}

/** Whether `face` is one of the app's faces in this style (the browser may report the family quoted). */
function isAppFace(face: FontFace, style: string): boolean {
  return face.style === style && face.family.replace(/["']/g, '') === FONT_FAMILY;
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
export function facesDrawing(text: string, style: string): FontFace[] {
  const faces: FontFace[] = [];
  document.fonts.forEach((f) => {
    if (isAppFace(f, style)) faces.push(f);
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

/**
 * Text widths in the app's own font for the build-time render, where there is no canvas. The same woff2 files
 * the browser loads (Fontsource's Latin and Cyrillic subsets and the generated symbol subset) are shaped with
 * HarfBuzz, the shaper Chromium uses behind canvas `measureText`, run by run in the face that covers each
 * character, so a pre-rendered chart lays its labels out as the browser would.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import { decompress } from 'wawoff2';

const require = createRequire(import.meta.url);

/** In the order the browser picks them for a character (styles/fonts.ts loads these faces). */
const FACE_FILES = [
  '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  '@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2',
  'src/styles/fonts/inter-symbols-wght-normal.woff2',
  '@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2',
  '@fontsource-variable/inter/files/inter-cyrillic-ext-wght-normal.woff2',
];

interface LoadedFace {
  font: hb.Font;
  upem: number;
  covers: Set<number>;
}

const resolveFile = (file: string) => (file.startsWith('src/') ? file : require.resolve(file));

/** The app's faces as TrueType (HarfBuzz and resvg read no woff2), in the order the browser picks them. */
export async function loadFontFaces(): Promise<Uint8Array[]> {
  return decompressEach(FACE_FILES.map(resolveFile));
}

/**
 * One file at a time, each copied out: wawoff2 returns a view into its decoder's memory, which the next call
 * overwrites (kept as views, every face but the last was garbled and labels were measured too narrow).
 */
async function decompressEach(paths: string[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const path of paths) out.push((await decompress(readFileSync(path))).slice());
  return out;
}

/**
 * Inter's static weights from `inter-ui` (the same design and version line as the app's faces), for the card
 * images: resvg picks faces by the family name and weight in the font's name table, which Fontsource's subsets
 * leave out, and it does not vary a variable font's weight.
 */
const CARD_FACE_FILES = ['Regular', 'SemiBold', 'Bold'].map((w) => `inter-ui/web/Inter-${w}.woff2`);

export async function loadCardFaces(): Promise<Uint8Array[]> {
  return decompressEach(CARD_FACE_FILES.map((file) => require.resolve(file)));
}

/** `measure(text, size, weight)` in px, unrounded like `measureText`. */
export function fontMetrics(ttfs: Uint8Array[]): (text: string, size: number, weight: number) => number {
  const faces: LoadedFace[] = ttfs.map((ttf) => {
    const face = new hb.Face(new hb.Blob(ttf));
    return { font: new hb.Font(face), upem: face.upem, covers: new Set(face.collectUnicodes()) };
  });
  const faceOf = (cp: number) => faces.find((f) => f.covers.has(cp)) ?? faces[0]!;

  return (text, size, weight) => {
    let total = 0;
    // Runs of characters drawn by the same face, shaped together (kerning and ligatures apply within a run).
    let run = '';
    let runFace: LoadedFace | undefined;
    const flush = () => {
      if (!runFace || !run) return;
      runFace.font.setVariations([new hb.Variation('wght', weight)]);
      const buffer = new hb.Buffer();
      buffer.addText(run);
      buffer.guessSegmentProperties();
      hb.shape(runFace.font, buffer);
      for (const p of buffer.getGlyphPositions()) total += (p.xAdvance * size) / runFace.upem;
    };
    for (const ch of text) {
      const face = faceOf(ch.codePointAt(0) ?? 0);
      if (face !== runFace) {
        flush();
        run = '';
        runFace = face;
      }
      run += ch;
    }
    flush();
    return total;
  };
}

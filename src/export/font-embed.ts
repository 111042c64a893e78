/**
 * The @font-face rules a downloaded SVG or PNG needs, with the font files inlined as data URLs: only the
 * subsets (Latin, Cyrillic, symbols; upright and italic) whose characters the picture contains. A standalone
 * file cannot fetch the app's fonts, so without this it would be drawn in whatever font the viewer's computer has.
 */
import unicode from '@fontsource-variable/inter/unicode.json';
import latin from '@fontsource-variable/inter/files/inter-latin-wght-normal.woff2?url';
import latinExt from '@fontsource-variable/inter/files/inter-latin-ext-wght-normal.woff2?url';
import cyrillic from '@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2?url';
import cyrillicExt from '@fontsource-variable/inter/files/inter-cyrillic-ext-wght-normal.woff2?url';
import latinItalic from '@fontsource-variable/inter/files/inter-latin-wght-italic.woff2?url';
import latinExtItalic from '@fontsource-variable/inter/files/inter-latin-ext-wght-italic.woff2?url';
import cyrillicItalic from '@fontsource-variable/inter/files/inter-cyrillic-wght-italic.woff2?url';
import cyrillicExtItalic from '@fontsource-variable/inter/files/inter-cyrillic-ext-wght-italic.woff2?url';
import symbolsUrl from '../styles/fonts/inter-symbols-wght-normal.woff2?url';
import symbols from '../styles/fonts/inter-symbols.json';
import { FONT_FAMILY, parseUnicodeRange } from '../styles/fonts';

interface Face {
  url: string;
  style: 'normal' | 'italic';
  range: string;
}

const FACES: readonly Face[] = [
  { url: latin, style: 'normal', range: unicode.latin },
  { url: latinExt, style: 'normal', range: unicode['latin-ext'] },
  { url: cyrillic, style: 'normal', range: unicode.cyrillic },
  { url: cyrillicExt, style: 'normal', range: unicode['cyrillic-ext'] },
  { url: symbolsUrl, style: 'normal', range: symbols.unicodeRange },
  { url: latinItalic, style: 'italic', range: unicode.latin },
  { url: latinExtItalic, style: 'italic', range: unicode['latin-ext'] },
  { url: cyrillicItalic, style: 'italic', range: unicode.cyrillic },
  { url: cyrillicExtItalic, style: 'italic', range: unicode['cyrillic-ext'] },
];

const covers = (runs: Array<[number, number]>, cp: number) => runs.some(([a, b]) => cp >= a && cp <= b);

/** Whether any face of the app's font covers the character (the coverage test uses this too). */
export function fontCovers(cp: number): boolean {
  return FACES.some((f) => f.style === 'normal' && covers(parseUnicodeRange(f.range), cp));
}

/** The faces a text needs: those of the given styles whose ranges contain at least one of its characters. */
export function facesFor(text: string, styles: ReadonlySet<Face['style']>): Face[] {
  const points = new Set(Array.from(text, (ch) => ch.codePointAt(0) ?? 0));
  return FACES.filter((f) => {
    if (!styles.has(f.style)) return false;
    const runs = parseUnicodeRange(f.range);
    for (const cp of points) if (covers(runs, cp)) return true;
    return false;
  });
}

const dataUrls = new Map<string, Promise<string>>();

function asDataUrl(url: string): Promise<string> {
  let cached = dataUrls.get(url);
  if (!cached) {
    cached = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`font ${url}: HTTP ${r.status}`);
        return r.blob();
      })
      .then(
        (blob) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result as string);
            reader.onerror = () => reject(reader.error ?? new Error(`font ${url}: unreadable`));
            reader.readAsDataURL(blob);
          }),
      );
    cached.catch(() => dataUrls.delete(url));
    dataUrls.set(url, cached);
  }
  return cached;
}

/** @font-face rules, fonts inlined, for a picture holding `text` in the given styles. */
export async function embeddedFontCss(
  text: string,
  styles: ReadonlySet<Face['style']> = new Set(['normal']),
): Promise<string> {
  const faces = facesFor(text, styles);
  const rules = await Promise.all(
    faces.map(
      async (f) =>
        `@font-face{font-family:'${FONT_FAMILY}';font-style:${f.style};font-weight:100 900;` +
        `src:url(${await asDataUrl(f.url)}) format('woff2');unicode-range:${f.range};}`,
    ),
  );
  return rules.join('\n');
}

/** The text and font styles of an element's subtree, as a picture of it would draw them. */
export function textAndStyles(root: Element): { text: string; styles: Set<Face['style']> } {
  const styles = new Set<Face['style']>(['normal']);
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (getComputedStyle(el).fontStyle === 'italic') styles.add('italic');
  }
  return { text: root.textContent ?? '', styles };
}

/**
 * The italic faces, added to the page by script rather than by a style sheet. Every change to a page's faces
 * makes the browser lay out all of its text again: a sheet declaring them, then each face as it arrives, were
 * two or three whole-page layouts (25–60 ms each on a phone-sized page, four times that on a slow phone). Here
 * the faces load off the page and are added together at the moment the app shows the parts of a pre-rendered
 * page it held back (lib/page-gate.ts), which is a layout anyway: one layout instead of three. No width the app
 * measures depends on them (charts/text-measure.ts measures upright text), so hydration does not wait for them.
 */
import sheetText from './fonts-italic.css?inline';
import { FONT_FAMILY, facesDrawing, FIRST_PAINT_TEXT, isAppFace } from './face-picking';
import { beforePageShown } from '../lib/page-gate';
import { nextTask } from '../lib/next-task';

/** One @font-face rule of the italic sheet: its file and descriptors. */
interface FaceRule {
  url: string;
  descriptors: FontFaceDescriptors;
}

/** The @font-face rules of `css` (the browser parses them; the sheet is never applied to the page). */
function rulesOfSheet(css: string): FaceRule[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const rules: FaceRule[] = [];
  for (const rule of Array.from(sheet.cssRules)) {
    if (!(rule instanceof CSSFontFaceRule)) continue;
    const get = (name: string) => rule.style.getPropertyValue(name);
    const url = /url\(\s*["']?([^"')]+)/.exec(get('src'))?.[1];
    if (!url) continue;
    rules.push({
      url,
      descriptors: {
        style: get('font-style') || 'italic',
        weight: get('font-weight') || 'normal',
        unicodeRange: get('unicode-range') || 'U+0-10FFFF',
        display: (get('font-display') || 'swap') as FontDisplay,
      },
    });
  }
  return rules;
}

const faceOf = (rule: FaceRule, source: string | ArrayBuffer) =>
  new FontFace(FONT_FAMILY, source, rule.descriptors);

/**
 * The face of `rule` from its file's bytes. Fetched as data, not loaded as a font: Chromium lays out the whole
 * page again whenever a face it loads arrives, even a face not added to the page.
 */
async function fetchedFace(rule: FaceRule): Promise<FontFace> {
  try {
    const response = await fetch(rule.url);
    if (!response.ok) throw new Error(`${rule.url}: ${response.status}`);
    const bytes = await response.arrayBuffer();
    // Making a face decodes its file at once (about 10 ms for a cut-down one): one face per task, so that the
    // faces that arrive together are not decoded in one long task.
    await nextTask();
    const face = faceOf(rule, bytes);
    await face.loaded;
    return face;
  } catch {
    return faceOf(rule, `url(${rule.url})`); // the browser tries again once the face is needed
  }
}

/** Whether the page declares italic faces of its own (a page that links fonts-italic.css). */
function pageHasItalicFaces(): boolean {
  let found = false;
  document.fonts.forEach((f) => {
    if (isAppFace(f, 'italic')) found = true;
  });
  return found;
}

let started: Promise<void> | undefined;

/**
 * Loads the italic faces the dashboard's text needs and resolves when they have loaded; they are added to the
 * page when it is shown (at once if it already is). Once per page.
 */
export function loadItalicFaces(): Promise<void> {
  started ??= (async () => {
    if (pageHasItalicFaces()) {
      await Promise.all(facesDrawing(FIRST_PAINT_TEXT, 'italic').map((f) => f.load()));
      return;
    }
    const rules = rulesOfSheet(sheetText);
    const declared = rules.map((rule) => faceOf(rule, `url(${rule.url})`));
    // Only the faces the dashboard's text is drawn with are fetched; the others (any other character) are
    // added as files the browser fetches if a page ever draws with one.
    const drawing = new Set(facesDrawing(FIRST_PAINT_TEXT, 'italic', declared));
    const faces = await Promise.all(
      rules.map((rule, i) => (drawing.has(declared[i]!) ? fetchedFace(rule) : Promise.resolve(declared[i]!))),
    );
    beforePageShown(() => {
      for (const face of faces) document.fonts.add(face);
    });
  })();
  return started;
}

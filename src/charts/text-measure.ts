/**
 * Text widths for SVG layout (SVG text does not wrap or shrink by itself). In the browser they are the shipped
 * font's real advance widths, measured with canvas `measureText`: the app renders only after its font has loaded
 * (styles/fonts.ts), so a chart's labels are placed by the same metrics on every machine. Where there is no
 * canvas or the font is not loaded (unit tests in jsdom, a font that timed out) a per-glyph estimate stands in;
 * it errs wide, so an estimate never makes labels overlap. At build time (src/prerender.tsx) the font's widths come
 * from HarfBuzz instead (`setTextMeasurer`); the page carries the widths it used, and the browser starts from
 * them (`seedTextWidths`) so that hydration lays the labels out exactly as the HTML has them.
 */
import { FONT_FAMILY, facesLoaded, noteWidthEstimated } from '../styles/fonts';

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/** Enough for every label of a large snapshot; cleared rather than grown without bound. */
const CACHE_LIMIT = 20_000;

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  // jsdom has no FontFaceSet, and its canvas is a stub that logs "not implemented": measure nothing there.
  context =
    typeof document !== 'undefined' && 'fonts' in document
      ? document.createElement('canvas').getContext('2d')
      : null;
  return context;
}

/** Measures `text` in `font` without a canvas, in px (unrounded); set by the build-time render. */
export type TextMeasurer = (text: string, size: number, weight: number) => number;
let measurer: TextMeasurer | undefined;

export function setTextMeasurer(measure: TextMeasurer | undefined): void {
  measurer = measure;
  widths.clear();
}

/**
 * Every width measured since the last `setTextMeasurer`, keyed as the cache is, for the page's HTML: rounded up
 * as `textWidth` returns them (whole pixels are shorter to ship and give the same layout).
 */
export function measuredTextWidths(): Record<string, number> {
  return Object.fromEntries([...widths].map(([key, width]) => [key, Math.ceil(width)]));
}

/** Starts the cache from a pre-rendered page's widths, measured in the same font files. */
export function seedTextWidths(table: Record<string, number>): void {
  for (const [key, width] of Object.entries(table)) if (Number.isFinite(width)) widths.set(key, width);
}

/** The CSS font shorthand of the app's face at a size and weight. */
export const fontOf = (size: number, weight = 400) => `${weight} ${size}px "${FONT_FAMILY}"`;

/** Width in px of `text` set in the app's font at `size` px and `weight`, rounded up. */
export function textWidth(text: string, size = 12, weight = 400): number {
  const font = fontOf(size, weight);
  const key = `${font}\u0000${text}`;
  // A cached width was measured in the loaded font: layouts ask for the same labels on every render, so the
  // font check and the canvas run once per label, not once per render.
  const cached = widths.get(key);
  if (cached !== undefined) return Math.ceil(cached);
  if (measurer) {
    const width = measurer(text, size, weight);
    widths.set(key, width);
    return Math.ceil(width);
  }
  const ctx = canvasContext();
  if (!ctx) return estimateTextWidth(text, size, weight);
  if (!fontReady(text)) {
    noteWidthEstimated();
    return estimateTextWidth(text, size, weight);
  }
  if (widths.size >= CACHE_LIMIT) widths.clear();
  if (contextFont !== font) {
    // Setting the font parses it on every assignment: once per run of labels in the same face, not per label.
    ctx.font = font;
    contextFont = font;
  }
  const width = ctx.measureText(text).width;
  widths.set(key, width);
  return Math.ceil(width);
}

let contextFont = '';
/** Characters found drawn by a loaded face: a loaded face stays loaded, so each character is checked once. */
const readyChars = new Set<number>();

/**
 * Whether the faces that draw `text` have loaded, remembered per character: the check costs more than the
 * measuring, and wrapping one label measures many candidate lines. (`document.fonts.check` would also wait for
 * the whole faces behind the cut-down ones, which a page never loads.) Size and weight do not matter: one
 * variable file holds every weight.
 */
function fontReady(text: string): boolean {
  let known = true;
  for (let i = 0; i < text.length && known; i++) known = readyChars.has(text.charCodeAt(i));
  if (known) return true;
  if (!facesLoaded(text)) return false;
  for (let i = 0; i < text.length; i++) readyChars.add(text.charCodeAt(i));
  return true;
}

/**
 * A width estimate that needs no DOM, calibrated on DejaVu Sans (the widest of the usual system fonts) so
 * that it errs wide of Inter; bold text is 8 % wider.
 */
export function estimateTextWidth(text: string, size = 12, weight = 400): number {
  let em = 0;
  for (const ch of text) em += glyphEm(ch);
  return Math.ceil(em * size * 1.04 * (weight >= 600 ? 1.08 : 1));
}

function glyphEm(ch: string): number {
  if (/[il.,:;'’!|]/.test(ch)) return 0.3;
  if (/[ ftrj()\-–«»"“”]/.test(ch)) return 0.42;
  if (/[mwMWжшщюмыЖШЩЮМЫ%—]/.test(ch)) return 1;
  if (/[a-z]/.test(ch)) return 0.62;
  if (/[а-яё]/.test(ch)) return 0.68;
  if (/[A-Z0-9]/.test(ch)) return 0.72;
  if (/[А-ЯЁ]/.test(ch)) return 0.78;
  return 0.7;
}

/** The text cut to fit `room` px at `size`, ending in an ellipsis when cut. */
export function fitText(text: string, room: number, size: number, weight = 400): string {
  if (textWidth(text, size, weight) <= room) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 1 && textWidth(`${chars.slice(0, n).join('').trimEnd()}…`, size, weight) > room) n -= 1;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

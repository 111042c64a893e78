/**
 * A standalone SVG of a chart: the chart's own SVG with computed colours and fonts written inline, framed by
 * its title, subtitle, source line and a stamp (dashboard, snapshot, date), so that it opens the same in
 * other programs (Inkscape, Illustrator, a browser) without the page's CSS.
 */
import { FONT_FAMILY } from '../styles/fonts';
import { embeddedFontCss } from './font-embed';
import { wrapWords } from '../lib/text-wrap';
import { maxOf } from '../lib/extremes';

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = `'${FONT_FAMILY}', sans-serif`;

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  target.removeAttribute('class');
  for (let i = 0; i < source.children.length; i++) {
    const s = source.children[i];
    const t = target.children[i];
    if (s && t) inlineStyles(s, t);
  }
}

export interface SvgFrameText {
  title: string;
  subtitle?: string;
  source: string;
  stamp: string;
  colors: { background: string; text: string; muted: string };
}

/** The chart's own SVG, with computed styles written inline, framed as a standalone file. */
export function standaloneSvg(chart: SVGSVGElement, text: SvgFrameText): string {
  const box = chart.getBoundingClientRect();
  const width = Math.max(320, Math.round(box.width));
  const height = Math.round(box.height);
  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('style');
  return framedSvg({ markup: new XMLSerializer().serializeToString(clone), width, height }, text);
}

/** A chart drawn in HTML (a grid of cards, a comparison), given as a table for its vector picture. */
export interface SvgTable {
  head: string[];
  rows: string[][];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A table drawn in SVG with every attribute explicit (no CSS), text wrapped to its column: the vector
 * picture of a chart that the page draws in HTML. Columns get widths by how much text they hold.
 */
export function tableSvg(
  table: SvgTable,
  width: number,
  colors: { text: string; muted: string; grid: string },
): { markup: string; width: number; height: number } {
  const columns = table.head.length;
  // A header may wrap, so it counts for at most 14 characters; no column is narrower than 44 px.
  const longest = table.head.map((h, i) =>
    Math.max(
      Math.min(h.length, 14),
      maxOf(table.rows.map((r) => maxOf((r[i] ?? '').split('\n').map((p) => p.length)))),
    ),
  );
  const weights = longest.map((n) => Math.min(60, Math.max(4, n)));
  const widths = columnWidths(weights, width, 44);
  const xs = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  const lineHeight = 15;
  const cellLines = (row: string[]) =>
    Array.from({ length: columns }, (_, i) =>
      (row[i] ?? '')
        .split('\n')
        .flatMap((part) => wrapWords(part, Math.max(4, Math.floor(((widths[i] ?? 0) - 12) / 6.6)))),
    );
  const out: string[] = [];
  let y = 0;
  [table.head, ...table.rows].forEach((row, r) => {
    const lines = cellLines(row);
    const height = Math.max(1, ...lines.map((l) => l.length)) * lineHeight + 10;
    lines.forEach((cell, i) =>
      cell.forEach((line, k) =>
        out.push(
          `<text x="${(xs[i] ?? 0) + 4}" y="${y + 17 + k * lineHeight}" font-size="12"${
            r === 0 ? ' font-weight="700"' : ''
          } fill="${r === 0 ? colors.muted : colors.text}">${esc(line)}</text>`,
        ),
      ),
    );
    y += height;
    out.push(
      `<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="${colors.grid}" stroke-width="${r === 0 ? 1.5 : 1}"/>`,
    );
  });
  const markup = `<svg xmlns="${SVG_NS}" width="${width}" height="${y + 2}" viewBox="0 0 ${width} ${y + 2}">${out.join('')}</svg>`;
  return { markup, width, height: y + 2 };
}

/** Widths in proportion to `weights`, none under `min` (those get `min`, the others share the rest). */
function columnWidths(weights: number[], width: number, min: number): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const free = width - fixed.size * min;
    const total = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? min : (free * w) / total));
    const narrow = widths.findIndex((w, i) => !fixed.has(i) && w < min);
    if (narrow < 0 || fixed.size === weights.length - 1) return widths;
    fixed.add(narrow);
  }
}

/** Title, subtitle, the picture, the source line and the stamp, as one standalone SVG file. */
export function framedSvg(
  picture: { markup: string; width: number; height: number },
  text: SvgFrameText,
): string {
  const { width } = picture;
  const charsPerLine = Math.floor(width / 7.2);
  const titleLines = wrapWords(text.title, Math.floor(width / 10.5));
  const subtitleLines = text.subtitle ? wrapWords(text.subtitle, charsPerLine) : [];
  const sourceLines = wrapWords(text.source, Math.floor(width / 6.4));
  const pad = 16;
  let y = pad;
  const out: string[] = [];
  for (const l of titleLines) {
    y += 22;
    out.push(
      `<text x="${pad}" y="${y}" font-size="18" font-weight="700" fill="${text.colors.text}">${esc(l)}</text>`,
    );
  }
  for (const l of subtitleLines) {
    y += 18;
    out.push(`<text x="${pad}" y="${y}" font-size="13" fill="${text.colors.muted}">${esc(l)}</text>`);
  }
  y += 12;
  const chartY = y;
  y += picture.height + 8;
  for (const l of sourceLines) {
    y += 15;
    out.push(`<text x="${pad}" y="${y}" font-size="11" fill="${text.colors.muted}">${esc(l)}</text>`);
  }
  y += 15;
  out.push(`<text x="${pad}" y="${y}" font-size="11" fill="${text.colors.muted}">${esc(text.stamp)}</text>`);
  const height = y + pad;

  const wrapper = document.createElementNS(SVG_NS, 'svg');
  wrapper.setAttribute('xmlns', SVG_NS);
  wrapper.setAttribute('width', String(width + pad * 2));
  wrapper.setAttribute('height', String(height));
  wrapper.setAttribute('viewBox', `0 0 ${width + pad * 2} ${height}`);
  wrapper.setAttribute('font-family', FONT);
  const inner = picture.markup.replace(/^<svg/, `<svg x="${pad}" y="${chartY}"`);
  wrapper.innerHTML = `<rect width="100%" height="100%" fill="${text.colors.background}"/>${out.join('')}`;
  const head = new XMLSerializer().serializeToString(wrapper).replace(/<\/svg>$/, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}${inner}</svg>\n`;
}

/**
 * The SVG with the app's font inlined (only the subsets its text uses), so it is drawn in Inter on a computer
 * that does not have it. Text is read from the markup; italics are looked for in attributes and inline styles.
 */
export async function withEmbeddedFont(svg: string): Promise<string> {
  const text = svg.replace(/<[^>]*>/g, ' ');
  const italic = /font-style(="|:\s*)italic/.test(svg);
  const css = await embeddedFontCss(text, new Set(italic ? ['normal', 'italic'] : ['normal']));
  return svg.replace(/(<svg\b[^>]*>)/, `$1<defs><style>${css}</style></defs>`);
}

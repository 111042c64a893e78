/**
 * A standalone SVG of a chart: the chart's own SVG with computed colours and fonts written inline, framed by
 * its title, subtitle, source line and a stamp (dashboard, snapshot, date), so that it opens the same in
 * other programs (Inkscape, Illustrator, a browser) without the page's CSS.
 */
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
const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

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

/** Splits text into lines of at most `max` characters at spaces (SVG has no automatic wrapping). */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface SvgFrameText {
  title: string;
  subtitle?: string;
  source: string;
  stamp: string;
  colors: { background: string; text: string; muted: string };
}

export function standaloneSvg(chart: SVGSVGElement, text: SvgFrameText): string {
  const box = chart.getBoundingClientRect();
  const width = Math.max(320, Math.round(box.width));
  const chartHeight = Math.round(box.height);
  const clone = chart.cloneNode(true) as SVGSVGElement;
  inlineStyles(chart, clone);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(chartHeight));
  clone.removeAttribute('style');

  const charsPerLine = Math.floor(width / 7.2);
  const titleLines = wrapText(text.title, Math.floor(width / 10.5));
  const subtitleLines = text.subtitle ? wrapText(text.subtitle, charsPerLine) : [];
  const sourceLines = wrapText(text.source, Math.floor(width / 6.4));
  const pad = 16;
  let y = pad;
  const out: string[] = [];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
  y += chartHeight + 8;
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
  const inner = new XMLSerializer()
    .serializeToString(clone)
    .replace(/^<svg/, `<svg x="${pad}" y="${chartY}"`);
  wrapper.innerHTML = `<rect width="100%" height="100%" fill="${text.colors.background}"/>${out.join('')}`;
  const head = new XMLSerializer().serializeToString(wrapper).replace(/<\/svg>$/, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}${inner}</svg>\n`;
}

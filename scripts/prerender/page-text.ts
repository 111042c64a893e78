/**
 * What a page's card and meta tags say, read from the page's own pre-rendered HTML, so they show exactly the
 * figures, lead and sources the page shows (nothing is written twice).
 */

/** Text of HTML with its character references decoded (React writes `&#x27;` and the named five). */
export const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');

/** Plain text of an HTML fragment, without the words only screen readers get. */
export function textOf(fragment: string): string {
  return decode(
    fragment
      .replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** The page's lead paragraph (views, overview, sources), if it has one. */
export function leadOf(html: string): string | undefined {
  const m = /<p class="lead">([\s\S]*?)<\/p>/.exec(html);
  return m ? textOf(m[1]!) : undefined;
}

/** The `<svg>…</svg>` element starting at `start`, nested SVGs (icons inside a chart) included. */
function svgElementAt(html: string, start: number): string {
  const tags = /<svg\b|<\/svg>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</svg>' ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return html.slice(start);
}

/** The lead's first sentences, up to about `max` characters: what a search result or card has room for. */
export function shortened(text: string, max = 200): string {
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [text];
  let out = '';
  for (const sentence of sentences) {
    if (out && out.length + sentence.length > max) break;
    out += sentence;
  }
  return out.trim();
}

/** The first chart's `<svg>` in the page's first chart frame: the view's main chart. */
export function mainChartOf(html: string): string | undefined {
  const frame = html.indexOf('class="card chart-frame');
  if (frame < 0) return undefined;
  for (let at = html.indexOf('<svg', frame); at >= 0;) {
    const svg = svgElementAt(html, at);
    if (svg.length > 3000) return svg; // the legend's swatches and icons are small SVGs
    at = html.indexOf('<svg', at + svg.length);
  }
  return undefined;
}

/** The names of the sources the first chart cites (the page's first `.chart-source`). */
export function chartSourcesOf(html: string): string[] {
  const m = /<p class="chart-source">([\s\S]*?)<\/p>/.exec(html);
  if (!m) return [];
  const shown = m[1]!.replace(/<span class="visually-hidden">[\s\S]*?<\/span>/g, '');
  const names = [
    ...shown.matchAll(/<span class="citation">(?:; )?(?:<a [^>]*>|<span>)([\s\S]*?)<\/(?:a|span)>/g),
  ];
  return [...new Set(names.map((n) => textOf(n[1]!)).filter(Boolean))];
}

/** The overview's headline figures, as "label: value" lines. */
export function headlinesOf(html: string): string[] {
  const labels = [...html.matchAll(/class="headline__label">([\s\S]*?)<\/span>/g)].map((m) => textOf(m[1]!));
  const values = [...html.matchAll(/class="headline__value"[^>]*>([\s\S]*?)<\/span>/g)].map((m) =>
    textOf(m[1]!),
  );
  return labels.map((label, i) => `${label}: ${values[i] ?? ''}`);
}

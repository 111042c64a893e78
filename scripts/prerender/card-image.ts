/**
 * The picture of a shared link (Open Graph / Twitter card): 1200×630 PNG with the page's title and the view's
 * main chart as the pre-rendered page draws it, in the app's own font, rasterised with resvg (no browser, so a
 * fresh machine builds it). Colours come from the light theme: the chart's marks carry theirs as attributes,
 * and the stylesheets' rules for the rest are inlined with their custom properties resolved.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { escapeHtml } from './page-html.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD = 48;

/** The light theme's custom properties, read from the first `:root { … }` of each stylesheet. */
function lightVariables(css: string[]): Map<string, string> {
  const vars = new Map<string, string>();
  for (const sheet of css) {
    const root = /:root\s*\{([^}]*)\}/.exec(sheet)?.[1] ?? '';
    for (const m of root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars.set(m[1]!, m[2]!.trim());
  }
  return vars;
}

/** What SVG drawing takes from the stylesheets; box and text-layout rules for the HTML around are dropped. */
const SVG_PROPERTIES =
  /^(fill|fill-opacity|stroke|stroke-width|stroke-dasharray|stroke-opacity|opacity|display|visibility|font-size|font-weight|text-anchor|dominant-baseline)$/;

/**
 * The stylesheets' rules for SVG drawing, with `var(--x)` replaced by the light value: at-rules, dark-theme,
 * state (`:hover`, `:focus`) and print rules left out, which resvg's CSS support would misread.
 */
export function chartStyles(files: string[]): string {
  const sheets = files.map((f) => readFileSync(f, 'utf8'));
  const vars = lightVariables(sheets);
  const resolve = (value: string): string =>
    value.replace(/var\((--[\w-]+)(?:\s*,\s*([^()]*))?\)/g, (_m, name: string, fallback?: string) =>
      resolve(vars.get(name) ?? fallback ?? 'initial'),
    );
  const rules: string[] = [];
  for (const sheet of sheets) {
    const flat = sheet
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@[\w-]+[^{;]*(\{(?:[^{}]|\{[^{}]*\})*\}|;)/g, '');
    for (const m of flat.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const selector = m[1]!.trim();
      if (/[:[>+~*]/.test(selector)) continue; // only what resvg's CSS reads right: classes and types
      const declarations = m[2]!
        .split(';')
        .map((d) => d.trim())
        .filter((d) => SVG_PROPERTIES.test(d.split(':')[0]!.trim()));
      if (declarations.length > 0) rules.push(`${selector}{${resolve(declarations.join(';'))}}`);
    }
  }
  return rules.join('\n');
}

export interface Card {
  appTitle: string;
  title: string;
  /** The chart's `<svg>…</svg>` as the page has it; without one, `lines` of text stand in. */
  chartSvg?: string;
  lines?: string[];
  footer: string;
}

/** Wraps `text` into lines of at most `max` characters (the card's text is short; no measuring needed). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function placedChart(svg: string, x: number, y: number, width: number, height: number): string {
  const open = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '<svg>';
  const w = Number(/\swidth="([\d.]+)"/.exec(open)?.[1] ?? 640);
  const h = Number(/\sheight="([\d.]+)"/.exec(open)?.[1] ?? 400);
  const viewBox = /\sviewBox="([^"]+)"/.exec(open)?.[1] ?? `0 0 ${w} ${h}`;
  const cls = /\sclass="([^"]+)"/.exec(open)?.[1] ?? '';
  const placed = `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet" class="${cls}">`;
  return placed + svg.slice(open.length);
}

export function cardSvg(card: Card, styles: string): string {
  const titleY = PAD + 34;
  const top = titleY + 40;
  const bottom = CARD_HEIGHT - PAD - 20;
  const body = card.chartSvg
    ? placedChart(card.chartSvg, PAD, top, CARD_WIDTH - 2 * PAD, bottom - top - 12)
    : (card.lines ?? [])
        .flatMap((l) => wrap(l, 56))
        .slice(0, 8)
        .map(
          (l, i) =>
            `<text x="${PAD}" y="${top + 44 + i * 44}" font-size="32" fill="#1b1f24">${escapeHtml(l)}</text>`,
        )
        .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Inter">
<style>${styles}</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<rect width="100%" height="8" fill="#094e94"/>
<text x="${PAD}" y="${titleY}" font-size="40" font-weight="700" fill="#1b1f24">${escapeHtml(card.title)}</text>
<text x="${CARD_WIDTH - PAD}" y="${titleY}" font-size="22" fill="#474f59" text-anchor="end">${escapeHtml(card.appTitle)}</text>
${body}
<text x="${PAD}" y="${CARD_HEIGHT - PAD + 8}" font-size="18" fill="#474f59">${escapeHtml(card.footer)}</text>
</svg>`;
}

/** Rasterises a card with the app's font files only (TrueType paths), never the machine's fonts. */
export function cardPng(svg: string, fontFiles: string[]): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Inter' },
  });
  return resvg.render().asPng();
}

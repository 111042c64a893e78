/** Pixel and SVG comparison for the visual suite: pure functions plus the report files a failure leaves. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/**
 * Tolerance. Per pixel: pixelmatch's colour distance 0.1 (its default) with anti-aliased pixels not counted,
 * so edge smoothing that differs by a shade does not fail. Per picture: at most 0.1 % of pixels may differ
 * (about 1,300 px of a 1280 × 1000 page): less than one changed word, more than rounding noise between CPUs.
 */
export const PIXEL_THRESHOLD = 0.1;
export const MAX_DIFF_RATIO = 0.001;

export interface PixelResult {
  ok: boolean;
  message: string;
  diffPng?: Buffer;
}

export function comparePng(actual: Buffer, expected: Buffer): PixelResult {
  const a = PNG.sync.read(actual);
  const e = PNG.sync.read(expected);
  if (a.width !== e.width || a.height !== e.height)
    return { ok: false, message: `size ${a.width}×${a.height}, baseline ${e.width}×${e.height}` };
  const diff = new PNG({ width: a.width, height: a.height });
  const count = pixelmatch(a.data, e.data, diff.data, a.width, a.height, {
    threshold: PIXEL_THRESHOLD,
    includeAA: false,
  });
  const ratio = count / (a.width * a.height);
  return {
    ok: ratio <= MAX_DIFF_RATIO,
    message: `${count} px differ (${(ratio * 100).toFixed(3)} %, limit ${MAX_DIFF_RATIO * 100} %)`,
    diffPng: count > 0 ? PNG.sync.write(diff) : undefined,
  };
}

/**
 * Ids React makes with useId (`«r1»`, `_r_1_`, `:r1:`), and the same with the punctuation taken out as charts
 * do for SVG ids (`r1-title`, `url(#r3-hatch)`), renumbered in order of appearance: a client render numbers
 * them by mount order, which moves with what mounted first (a late font redraws the page), not with the chart.
 */
const REACT_ID = /«[^»]+»|_r_[0-9a-z]+_|:r[0-9a-z]+:|(?<=["#\s])r[0-9a-v]{1,3}(?=-[a-z])/g;

/**
 * An SVG as a stable text: numbers rounded to one decimal (so layout that differs in the last digits between
 * Chromium versions compares equal), React's generated ids renumbered, one element per line.
 */
export function normalizeSvg(svg: string): string {
  const ids = new Map<string, string>();
  return svg
    .replace(REACT_ID, (id) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
      return ids.get(id) ?? id;
    })
    .replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
      const r = Math.round(Number(n) * 10) / 10;
      return String(Object.is(r, -0) ? 0 : r);
    })
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}

/** The first differing lines of two texts, for a failure message. */
export function lineDiff(actual: string, expected: string, max = 8): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, e.length) && out.length < max * 2; i++) {
    if (a[i] === e[i]) continue;
    out.push(`  line ${i + 1} baseline: ${(e[i] ?? '(none)').slice(0, 160)}`);
    out.push(`  line ${i + 1} actual:   ${(a[i] ?? '(none)').slice(0, 160)}`);
  }
  return out.join('\n');
}

export function writeFile(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}

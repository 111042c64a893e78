/**
 * Colour arithmetic for charts, on d3-color, so that every CSS colour form the browser hands back works:
 * the build minifies custom properties (`#ffffff` becomes `#fff`), and computed styles come back as `rgb()`.
 */
import { rgb } from 'd3-color';
import { interpolateRgb } from 'd3-interpolate';

// A chart asks for the same few palette colours once per mark (700 segments of the share strip at 100× the data),
// and parsing a CSS colour is the costly part: each answer is kept, up to a bound a palette never reaches.
const CACHE_LIMIT = 1024;
function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}
const mixes = new Map<string, string>();
const luminances = new Map<string, number>();

/** `a` mixed with `b` in RGB: t = 0 gives `a`, t = 1 gives `b`. */
export function mix(a: string, b: string, t: number): string {
  return cached(mixes, `${a}|${b}|${t}`, () => interpolateRgb(a, b)(t));
}

/** Relative luminance (WCAG 2) of a CSS colour, 0 (black) to 1 (white); an unreadable colour counts as black. */
export function luminance(colour: string): number {
  return cached(luminances, colour, () => luminanceOf(colour));
}

function luminanceOf(colour: string): number {
  const c = rgb(colour.trim());
  if (Number.isNaN(c.r)) return 0;
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Whichever of two text colours reads better on `background`. */
export function readableOn<D extends string, L extends string>(background: string, dark: D, light: L): D | L {
  return contrast(background, dark) >= contrast(background, light) ? dark : light;
}

/**
 * The cut-down faces (src/styles/fonts/used/, scripts/build-used-fonts.mjs) hold every character the dashboard
 * writes, so that a page draws with them alone and never fetches the whole faces behind them. A text with a new
 * character fails here until the script is run again; the whole faces still draw it meanwhile.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontCovers } from '../../src/export/font-embed';
import { parseUnicodeRange } from '../../src/styles/fonts';
import { usedCodePoints } from '../../scripts/used-characters.mjs';
import used from '../../src/styles/fonts/used/inter-used.json';

type Runs = Array<[number, number]>;
const holds = (runs: Runs, cp: number) => runs.some(([a, b]) => cp >= a && cp <= b);

/** The ranges of the cut-down faces (upright: there are no italic faces, src/styles/fonts.ts). */
function usedRanges(): Runs {
  return Object.entries(used as Record<string, { unicodeRange: string }>).flatMap(([, face]) =>
    parseUnicodeRange(face.unicodeRange),
  );
}

const hex = (cp: number) =>
  `U+${cp.toString(16).toUpperCase().padStart(4, '0')} "${String.fromCodePoint(cp)}"`;

describe('the cut-down faces', () => {
  const points = [...usedCodePoints()].filter(fontCovers);

  it('hold every character of the texts and the data (else: node scripts/build-used-fonts.mjs)', () => {
    const runs = usedRanges();
    const missing = points.filter((cp) => !holds(runs, cp));
    expect(missing.map(hex)).toEqual([]);
  });

  it('hold the alphabets and the typography Intl writes, whatever the texts say today', () => {
    const runs = usedRanges();
    for (const ch of 'AZaz09ЖЯжяЁё\u00a0\u2009\u2013\u2212«»')
      expect(holds(runs, ch.codePointAt(0)!), hex(ch.codePointAt(0)!)).toBe(true);
    // The check can fail: a character the dashboard does not write is left to the whole faces.
    expect(holds(runs, 0x0416 + 0x100)).toBe(false);
  });

  it('are declared after the whole faces, with the ranges they were cut to', () => {
    const css = readFileSync('src/styles/fonts/used/inter-used.css', 'utf8');
    const declared = [...css.matchAll(/url\(\.\/([^)]+)\)[^;]*;\s*unicode-range:([^;]+);/g)].map(
      ([, file, range]) => [file, parseUnicodeRange(range!)],
    );
    const manifest = Object.entries(used as Record<string, { unicodeRange: string }>)
      .filter(([file]) => file.endsWith('-normal.woff2'))
      .map(([file, face]) => [file, parseUnicodeRange(face.unicodeRange)]);
    expect(declared).toEqual(manifest);
    const fonts = readFileSync('src/styles/fonts.ts', 'utf8');
    expect(fonts.indexOf('used/inter-used.css')).toBeGreaterThan(fonts.indexOf('inter-symbols.css'));
    expect(fonts.indexOf('inter-symbols.css')).toBeGreaterThan(
      fonts.indexOf('@fontsource-variable/inter/wght.css'),
    );
  });
});

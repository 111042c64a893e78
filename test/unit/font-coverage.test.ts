/**
 * Every character the dashboard can draw is in one of the app's own font files. A character outside them would
 * be taken from whatever system font a machine has, so pages, downloads and the visual suite would differ from
 * machine to machine (the visual suite's e2e check sees the page; this one sees every string, shown or not).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles as files } from '../support/source-files';
import { fontCovers } from '../../src/export/font-embed';
import { parseUnicodeRange } from '../../src/styles/fonts';
import symbols from '../../src/styles/fonts/inter-symbols.json';

function uncovered(paths: string[]): string[] {
  const missing = new Map<string, string>();
  for (const path of paths) {
    for (const ch of readFileSync(path, 'utf8')) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp > 0x7e && !fontCovers(cp) && !missing.has(ch))
        missing.set(ch, `U+${cp.toString(16).toUpperCase().padStart(4, '0')} "${ch}" in ${path}`);
    }
  }
  return [...missing.values()];
}

describe('the app font covers every character', () => {
  it('in the source code (texts of every view, the shell, exports)', () => {
    expect(uncovered(files('src', /\.(ts|tsx|css)$/))).toEqual([]);
  });

  it('in the shipped snapshots and the catalogue', () => {
    expect(uncovered(files('public/data', /\.json$/))).toEqual([]);
  });

  it('but not characters Inter does not have (the check can fail)', () => {
    expect(fontCovers(0x263e)).toBe(false); // ☾
    expect(fontCovers(0x1f600)).toBe(false); // an emoji
    expect(fontCovers(0x2192)).toBe(true); // →, from the generated symbols subset
    expect(fontCovers(0x0416)).toBe(true); // Ж
  });

  it('the generated symbols subset declares the range it was built with', () => {
    const css = readFileSync('src/styles/fonts/inter-symbols.css', 'utf8');
    // Prettier may wrap the declaration, so compare the ranges, not the text.
    const declared = /unicode-range:([^;]+);/.exec(css)?.[1] ?? '';
    expect(parseUnicodeRange(declared)).toEqual(parseUnicodeRange(symbols.unicodeRange));
    expect(parseUnicodeRange(symbols.unicodeRange).length).toBeGreaterThan(10);
  });
});

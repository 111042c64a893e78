/**
 * The characters the dashboard writes, for the cut-down fonts (scripts/build-used-fonts.mjs) and their test:
 * printable ASCII, Russian's alphabet, what `Intl` puts between words, and every character of the sources
 * (texts of both languages), the shipped data and index.html.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Characters the app writes that may be in no source file: what `Intl` puts between words and numbers. (Inter's
 * Fontsource subsets have no U+200A, U+2011 or U+202F, so those are left out.)
 */
const TYPOGRAPHY = '\u00a0\u2009\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u2026\u2212';

function files(dir, ext) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every code point the dashboard's own texts and data use, plus printable ASCII, Russian's alphabet and TYPOGRAPHY. */
export function usedCodePoints(root = '.') {
  const points = new Set();
  for (let cp = 0x20; cp < 0x7f; cp++) points.add(cp);
  for (let cp = 0x410; cp <= 0x44f; cp++) points.add(cp);
  for (const ch of 'Ёё' + TYPOGRAPHY) points.add(ch.codePointAt(0));
  const sources = [
    ...files(join(root, 'src'), /\.(ts|tsx|css)$/),
    ...files(join(root, 'public/data'), /\.json$/),
    join(root, 'index.html'),
  ];
  for (const path of sources)
    for (const ch of readFileSync(path, 'utf8')) {
      const cp = ch.codePointAt(0);
      if (cp >= 0x20) points.add(cp);
    }
  return points;
}

const hex = (n) => n.toString(16).toUpperCase();

/** Code points as unicode-range runs, e.g. U+41-5A. */
export function asRange(points) {
  const runs = [];
  for (const p of [...points].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[1] === p - 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
}

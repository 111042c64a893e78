import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { italicFaces } from '../../scripts/prerender/route-preloads';

function buildWith(manifest: Record<string, { file: string }>): string {
  const out = mkdtempSync(join(tmpdir(), 'italic-'));
  mkdirSync(join(out, '.vite'));
  writeFileSync(join(out, '.vite/manifest.json'), JSON.stringify(manifest));
  return out;
}

const MANIFEST = {
  'src/styles/fonts-italic.css': { file: 'assets/fonts-italic-A.css', isEntry: true },
  'src/styles/fonts/used/inter-used-latin-wght-italic.woff2': {
    file: 'assets/inter-used-latin-wght-italic-B.woff2',
  },
  'src/styles/fonts/used/inter-used-cyrillic-wght-italic.woff2': {
    file: 'assets/inter-used-cyrillic-wght-italic-C.woff2',
  },
};

describe('the italic faces a pre-rendered page carries', () => {
  it('on /sources: the cut-down Latin and Cyrillic files and the style sheet declaring them', () => {
    const tags = italicFaces(buildWith(MANIFEST), '/mic/')('/sources');
    expect(tags).toEqual([
      expect.stringMatching(
        /rel="preload" as="font".*href="\/mic\/assets\/inter-used-latin-wght-italic-B\.woff2"/,
      ),
      expect.stringMatching(
        /rel="preload" as="font".*href="\/mic\/assets\/inter-used-cyrillic-wght-italic-C\.woff2"/,
      ),
      expect.stringMatching(/rel="stylesheet".*href="\/mic\/assets\/fonts-italic-A\.css"/),
    ]);
  });

  it('nowhere else: the app loads them after the first paint', () => {
    const tags = italicFaces(buildWith(MANIFEST), '/');
    for (const path of ['/', '/growth', '/embed/growth', '/present']) expect(tags(path)).toEqual([]);
  });

  it('names what is missing from a build without them', () => {
    expect(() => italicFaces(buildWith({}), '/')).toThrow(/no src\/styles\/fonts-italic\.css/);
  });
});

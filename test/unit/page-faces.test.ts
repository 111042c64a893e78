import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PRELOADED_SUBSETS,
  drawnText,
  extraFaces,
  pageFaces,
  parseUsedFaces,
} from '../../scripts/prerender/page-faces';
import { fillTemplate } from '../../scripts/prerender/page-html';
import { FIRST_PAINT_TEXT } from '../../src/styles/face-picking';

const faces = parseUsedFaces(readFileSync('src/styles/fonts/used/inter-used.css', 'utf8'));
const indexHtml = readFileSync('index.html', 'utf8');

describe('the faces a pre-rendered page is held back for', () => {
  it('are read from the cut-down faces, in the order declared', () => {
    expect(faces.map((f) => f.subset)).toEqual(['cyrillic', 'latin-ext', 'latin', 'symbols']);
    expect(faces[1]!.runs).toContainEqual([0x142, 0x142]);
  });

  it("are the preloaded ones for the probe's own text, which asks for each of them", () => {
    expect(extraFaces(FIRST_PAINT_TEXT, faces)).toEqual([]);
    // Each preloaded face draws a character of the probe: none is preloaded and then waited for in vain.
    for (const subset of PRELOADED_SUBSETS)
      expect(
        extraFaces(
          FIRST_PAINT_TEXT,
          faces,
          PRELOADED_SUBSETS.filter((s) => s !== subset),
        ).map((f) => f.subset),
      ).toEqual([subset]);
  });

  it("are the probe in index.html's style: the text styles/fonts.ts waits for, and the page's own characters", () => {
    expect(indexHtml).toContain(`content: '${FIRST_PAINT_TEXT}' attr(data-font-probe);`);
  });

  it('add the Latin Extended face, once, for a Polish title, and nothing for Russian, digits or arrows', () => {
    expect(extraFaces('PILNE: Władze każą mieszkańcom', faces)).toEqual([
      { subset: 'latin-ext', probe: 'ł' },
    ]);
    expect(extraFaces('Рост участников, 2020 → 2021 ≈ 7 000', faces)).toEqual([]);
  });

  it('count the text a page draws, not its attributes, with entities decoded', () => {
    const html = '<a title="Władze" href="#">Moscow &amp; <span class="visually-hidden">w&#x142;</span></a>';
    expect(drawnText(html)).toBe('Moscow & wł');
    expect(extraFaces(drawnText('<a title="Władze">Moscow</a>'), faces)).toEqual([]);
  });

  it('give a page the preload and the probe character of each face it adds', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'page-faces-'));
    mkdirSync(join(outDir, 'assets'));
    for (const subset of ['latin', 'latin-ext', 'cyrillic', 'symbols'])
      writeFileSync(join(outDir, 'assets', `inter-used-${subset}-wght-normal-H4sh_${subset}.woff2`), '');
    const facesOf = pageFaces(process.cwd(), outDir, '/mic/');
    expect(facesOf('<p>Growth</p>')).toEqual({ preloads: [], probe: '' });
    expect(facesOf('<cite lang="pl">Władze</cite>')).toEqual({
      preloads: [
        '<link rel="preload" as="font" type="font/woff2" href="/mic/assets/inter-used-latin-ext-wght-normal-H4sh_latin-ext.woff2" crossorigin="">',
      ],
      probe: 'ł',
    });
  });
});

describe("a pre-rendered page's HTML", () => {
  const page = {
    html: '<main>Hi</main>',
    fingerprint: 'f1',
    textWidths: {},
    writtenDates: {},
    sizedStyle: '',
  };
  const head = { title: 'T', description: 'D', tags: [] };

  it("carries its probe's characters on the body, and only when it has some", () => {
    const withProbe = fillTemplate(indexHtml, { path: '/sources', lang: 'en', page, head, fontProbe: 'ł' });
    expect(withProbe).toContain('<body data-font-probe="ł">');
    expect(fillTemplate(indexHtml, { path: '/growth', lang: 'en', page, head })).toContain('<body>');
  });

  it('drops the note that the page needs JavaScript, and keeps the style for a page read without it', () => {
    const html = fillTemplate(indexHtml, { path: '/growth', lang: 'en', page, head });
    expect(html).not.toContain('This dashboard needs JavaScript');
    expect(html).toMatch(/<noscript>\s*<style>[\s\S]*overflow-x: auto[\s\S]*<\/noscript>/);
  });
});

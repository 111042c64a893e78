/**
 * The cut-down faces a pre-rendered page draws its text with, beyond the ones every page preloads. index.html keeps
 * a page out of layout until its faces have loaded, asking for them with a probe (a hidden text in the app's
 * family, plus the characters in the body's `data-font-probe`); a face the probe missed would arrive after the
 * page was laid out and make the browser lay it out again, whole. The Polish titles some citations carry are drawn
 * with the Latin Extended face on `/sources`, which therefore preloads it and probes for it (`/timeline` has them
 * only in links' `title` attributes, which the page does not draw).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseUnicodeRange } from '../../src/styles/face-picking.ts';
import { decode } from './page-text.ts';

/** The cut-down faces every page preloads (`vite.config.ts`) and index.html's probe asks for. */
export const PRELOADED_SUBSETS = ['latin', 'cyrillic', 'symbols'];

/** A cut-down face's file, as the build names it (with its hash). */
export const usedFaceFile = (subset: string) =>
  new RegExp(`(?:^|/)inter-used-${subset}-wght-normal-[\\w-]+\\.woff2$`);

export interface UsedFace {
  subset: string;
  runs: Array<[number, number]>;
}

/** The cut-down faces of `src/styles/fonts/used/inter-used.css`, in the order declared. */
export function parseUsedFaces(css: string): UsedFace[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const subset = /inter-used-([\w-]+?)-wght-normal\.woff2/.exec(body!)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
    if (!subset || !range) throw new Error(`prerender: a cut-down face without its file or range: ${body}`);
    return { subset, runs: parseUnicodeRange(range.replace(/\s+/g, ' ')) };
  });
}

/**
 * For each face outside `preloaded` that draws a character of `text` (the last declared face holding it, as the
 * browser picks), that face's subset and the first such character.
 */
export function extraFaces(
  text: string,
  faces: UsedFace[],
  preloaded: readonly string[] = PRELOADED_SUBSETS,
): Array<{ subset: string; probe: string }> {
  const found = new Map<string, string>();
  for (const ch of new Set(text)) {
    if (/\s/.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const face = faces.findLast((f) => f.runs.some(([a, b]) => cp >= a && cp <= b));
    if (face && !preloaded.includes(face.subset) && !found.has(face.subset)) found.set(face.subset, ch);
  }
  return [...found].map(([subset, probe]) => ({ subset, probe }));
}

/** Every character a page's markup draws (tags dropped, entities decoded; hidden text is laid out too). */
export const drawnText = (html: string) => decode(html.replace(/<[^>]+>/g, ''));

/**
 * `(pageHtml) => { preloads, probe }` for a build in `outDir`: the preload tags of a page's extra faces and the
 * characters its probe needs.
 */
export function pageFaces(root: string, outDir: string, base: string) {
  const faces = parseUsedFaces(readFileSync(join(root, 'src/styles/fonts/used/inter-used.css'), 'utf8'));
  const assets = readdirSync(join(outDir, 'assets'));
  const fileOf = (subset: string) => {
    const file = assets.find((f) => usedFaceFile(subset).test(f));
    if (!file) throw new Error(`prerender: the build has no cut-down ${subset} face`);
    return `${base}assets/${file}`;
  };
  return (pageHtml: string) => {
    const extra = extraFaces(drawnText(pageHtml), faces);
    return {
      preloads: extra.map(
        ({ subset }) =>
          `<link rel="preload" as="font" type="font/woff2" href="${fileOf(subset)}" crossorigin="">`,
      ),
      probe: extra.map((f) => f.probe).join(''),
    };
  };
}

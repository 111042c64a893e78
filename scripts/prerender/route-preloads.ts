/**
 * The chunks a pre-rendered page's route needs (its lazy view and that view's static imports), as <meta> tags
 * the page's starter preloads together with the entry (scripts/deferred-start.mjs). Without them the view's
 * code is asked for only once the entry has run, one round trip later.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appModuleTag } from '../deferred-start.mjs';

interface Chunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

/** The source module of the route that renders `path` (see src/app/router.tsx). */
export function routeModuleOf(path: string): string {
  if (path === '/') return 'src/views/overview/overview-route.tsx';
  if (path === '/present') return 'src/present/present-route.tsx';
  if (/^\/embed\/[^/]+\/[^/]+$/.test(path)) return 'src/app/embed-chart.tsx';
  const view = path.replace(/^\/embed\//, '/').slice(1);
  return `src/views/${view}/${view}-route.tsx`;
}

/** Tags for one page: `(path) => [<meta name="app-module" …>…]`, the entry's own chunks left out. */
export function routePreloads(outDir: string, base: string): (path: string) => string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;
  const closure = (key: string, seen = new Set<string>()) => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const imp of manifest[key].imports ?? []) closure(imp, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entryKey) throw new Error('prerender: the build manifest has no entry');
  const entry = closure(entryKey);
  return (path) => {
    const key = routeModuleOf(path);
    if (!manifest[key]) throw new Error(`prerender: no chunk for ${key} (the route of ${path})`);
    return [...closure(key)]
      .filter((k) => !entry.has(k))
      .map((k) => appModuleTag(`${base}${manifest[k]?.file ?? ''}`));
  };
}

/** Pages that show italic text at their first paint: their citations, which the app does not hide. */
const ITALIC_AT_FIRST_PAINT = new Set(['/sources']);

/**
 * For a page in ITALIC_AT_FIRST_PAINT, the italic faces' style sheet and its cut-down Latin and Cyrillic files,
 * so that citations are drawn in the italic face from the first paint: slanted from the upright face, they wrap
 * differently and the lines below moved when the italic arrived (a layout shift of 0.03). Elsewhere the app loads
 * the sheet itself (styles/fonts-italic.ts); the bundler's loader finds it in the page and does not add it twice.
 */
export function italicFaces(outDir: string, base: string): (path: string) => string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;
  const fileOf = (key: string) => {
    const file = manifest[key]?.file;
    if (!file) throw new Error(`prerender: the build manifest has no ${key}`);
    return `${base}${file}`;
  };
  const sheet = fileOf('src/styles/fonts-italic.ts');
  const fonts = ['latin', 'cyrillic'].map((face) =>
    fileOf(`src/styles/fonts/used/inter-used-${face}-wght-italic.woff2`),
  );
  return (path) =>
    ITALIC_AT_FIRST_PAINT.has(path)
      ? [
          ...fonts.map(
            (href) => `<link rel="preload" as="font" type="font/woff2" href="${href}" crossorigin="">`,
          ),
          `<link rel="stylesheet" crossorigin href="${sheet}">`,
        ]
      : [];
}

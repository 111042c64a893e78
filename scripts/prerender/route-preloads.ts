/**
 * What a pre-rendered page's route needs beyond the entry: the chunks of its lazy view and that view's static
 * imports, as <meta> tags the page's starter preloads together with the entry (scripts/deferred-start.mjs), and
 * the view's style sheets, linked in the page's head. Without the chunks the view's code is asked for only once
 * the entry has run, one round trip later; without the sheets the page would first be laid out without its
 * view's styles, and again (the whole page) when the app's loader added them, and read without JavaScript it
 * would have none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appModuleTag } from '../deferred-start.mjs';
import { VIEWS } from './routes.ts';

interface Chunk {
  file: string;
  css?: string[];
  imports?: string[];
  isEntry?: boolean;
  dynamicImports?: string[];
}

const viewModule = (view: string) => `src/views/${view}/${view}-route.tsx`;

/** The source modules of the route that renders `path` (see src/app/router.tsx and src/app/pages.ts). */
export function routeModulesOf(path: string): string[] {
  if (path === '/') return ['src/views/overview/overview-route.tsx'];
  // The deck's first slide: the deck fetches the others once it has mounted (src/present/present-route.tsx), each
  // with its style sheet. Linked here, their six sheets held up the first paint (Lighthouse's LCP 1.6 s).
  if (path === '/present') return ['src/present/present-route.tsx', viewModule(VIEWS[0])];
  const chart = /^\/embed\/([^/]+)\/[^/]+$/.exec(path);
  if (chart) return ['src/app/embed-chart.tsx', viewModule(chart[1]!)];
  return [viewModule(path.replace(/^\/embed\//, '/').slice(1))];
}

/** Tags for one page: `(path) => [<link rel="stylesheet" …>…, <meta name="app-module" …>…]`, the entry's own left out. */
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
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry && k.endsWith('index.html'));
  if (!entryKey) throw new Error('prerender: the build manifest has no entry');
  const entry = closure(entryKey);
  // The entry imports the app in steps (src/main.tsx), so every page needs those chunks too.
  const started = manifest[entryKey]?.dynamicImports ?? [];
  return (path) => {
    const chunks = new Set<string>();
    for (const key of started) closure(key, chunks);
    for (const key of routeModulesOf(path)) {
      if (!manifest[key]) throw new Error(`prerender: no chunk for ${key} (the route of ${path})`);
      closure(key, chunks);
    }
    const own = [...chunks].filter((k) => !entry.has(k));
    const sheets = [...new Set(own.flatMap((k) => manifest[k]?.css ?? []))];
    return [
      ...sheets.map((css) => `<link rel="stylesheet" crossorigin href="${base}${css}">`),
      ...own.map((k) => appModuleTag(`${base}${manifest[k]?.file ?? ''}`)),
    ];
  };
}

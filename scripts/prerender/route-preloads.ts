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

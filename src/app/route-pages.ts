import type { ViewId } from '../lib/paths';
import { lazyPage, type LazyPage } from './lazy-page';
import { pageAt } from './pages';

// The pages that are not views, each in a chunk of its own (the views are in pages.ts).
export const Overview = lazyPage(() => import('../views/overview/overview-route'));
export const Present = lazyPage(() => import('../present/present-route'));
export const EmbedChartPage = lazyPage<{ view: ViewId }>(() => import('./embed-chart'));
export const EmbedIndex = lazyPage(() => import('./embed-index'));
export const Compare = lazyPage(() => import('../views/compare/compare-route'));
export const EmbedBuilder = lazyPage(() => import('../share/embed-builder/embed-builder-page'));

/**
 * The chunks the page at `path` (the app's own path, without the language) renders with, loaded: the first
 * render then draws the page at once instead of a loading line that React keeps for 300 ms (lazy-page.ts).
 * The starter has already asked for them (index.html's module preloads), so this waits for no extra request.
 */
export function preloadRoute(path: string): Promise<unknown> {
  const [first = '', second, third] = path.split('/').filter(Boolean);
  const embedded = first === 'embed';
  const page = embedded ? second : first;
  const loads: LazyPage<never>[] = [];
  if (page === undefined || page === '') loads.push(embedded ? EmbedIndex : Overview);
  else if (!embedded && page === 'present') loads.push(Present);
  else if (!embedded && page === 'compare') loads.push(Compare);
  else if (!embedded && page === 'embed-builder') loads.push(EmbedBuilder);
  const view = pageAt(page ?? '');
  if (view) loads.push(view);
  if (embedded && view && third !== undefined) loads.push(EmbedChartPage);
  return Promise.all(loads.map((Page) => Page.preload()));
}

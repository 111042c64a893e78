import { createElement, type ReactElement } from 'react';
import { lazyPage, type LazyPage } from './lazy-page';

// Declarative routes with lazy pages: each page is its own chunk. (The data router of react-router 7
// costs ~17 kB gzip more on the first load, and the dashboard needs none of its loaders or actions.)
export const pages: [path: string, Page: LazyPage<object>][] = [
  ['growth', lazyPage(() => import('../views/growth/growth-route'))],
  ['sectors', lazyPage(() => import('../views/sectors/sectors-route'))],
  ['subclusters', lazyPage(() => import('../views/subclusters/subclusters-route'))],
  ['regions', lazyPage(() => import('../views/regions/regions-route'))],
  ['timeline', lazyPage(() => import('../views/timeline/timeline-route'))],
  ['framework', lazyPage(() => import('../views/framework/framework-route'))],
  ['sources', lazyPage(() => import('../views/sources/sources-route'))],
];

const byPath = new Map(pages);
const elements = new Map<string, ReactElement>(pages.map(([path, Page]) => [path, createElement(Page)]));

/** The element of one page (made once, so rendering it never creates a component during render). */
export function pageElement(path: string): ReactElement | null {
  return elements.get(path) ?? null;
}

/**
 * Fetches a page's chunk ahead of need. A page whose chunk is not in suspends on its first render, and
 * printing cannot wait for that: the browser lays out the page right after `beforeprint`.
 */
export async function preloadPage(path: string): Promise<void> {
  await byPath.get(path)?.preload();
}

/** The page's element if its chunk has been preloaded: it renders at once, without suspending. */
export function preloadedPageElement(path: string): ReactElement | null {
  return byPath.get(path)?.loaded() ? pageElement(path) : null;
}

/** The page at `path` (growth, …, sources), for the routes that show it alone or inside another page. */
export function pageAt(path: string): LazyPage<object> | undefined {
  return byPath.get(path);
}

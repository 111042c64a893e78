import { createElement, lazy, type ComponentType, type LazyExoticComponent, type ReactElement } from 'react';

type PageModule = { default: ComponentType };

// Declarative routes with React.lazy: each page is its own chunk. (The data router of react-router 7
// costs ~17 kB gzip more on the first load, and the dashboard needs none of its loaders or actions.)
const loaders: [path: string, load: () => Promise<PageModule>][] = [
  ['growth', () => import('../views/growth/growth-route')],
  ['sectors', () => import('../views/sectors/sectors-route')],
  ['subclusters', () => import('../views/subclusters/subclusters-route')],
  ['regions', () => import('../views/regions/regions-route')],
  ['timeline', () => import('../views/timeline/timeline-route')],
  ['framework', () => import('../views/framework/framework-route')],
  ['sources', () => import('../views/sources/sources-route')],
];

export const pages: [path: string, Page: LazyExoticComponent<ComponentType>][] = loaders.map(
  ([path, load]) => [path, lazy(load)],
);

const elements = new Map<string, ReactElement>(pages.map(([path, Page]) => [path, createElement(Page)]));

/** The element of one page (made once, so rendering it never creates a component during render). */
export function pageElement(path: string): ReactElement | null {
  return elements.get(path) ?? null;
}

const loaded = new Map<string, ReactElement>();

/**
 * Fetches a page's chunk ahead of need. A lazy page suspends on its first render even when its chunk is
 * in, and printing cannot wait for that: the browser lays out the page right after `beforeprint`.
 */
export async function preloadPage(path: string): Promise<void> {
  const load = loaders.find(([p]) => p === path)?.[1];
  if (!load || loaded.has(path)) return;
  const module = await load();
  loaded.set(path, createElement(module.default));
}

/** The page's element if its chunk has been preloaded: it renders at once, without suspending. */
export function preloadedPageElement(path: string): ReactElement | null {
  return loaded.get(path) ?? null;
}

import { createElement, lazy, type ComponentType, type LazyExoticComponent, type ReactElement } from 'react';

// Declarative routes with React.lazy: each page is its own chunk. (The data router of react-router 7
// costs ~17 kB gzip more on the first load, and the dashboard needs none of its loaders or actions.)
export const pages: [path: string, Page: LazyExoticComponent<ComponentType>][] = [
  ['growth', lazy(() => import('../views/growth/growth-route'))],
  ['sectors', lazy(() => import('../views/sectors/sectors-route'))],
  ['subclusters', lazy(() => import('../views/subclusters/subclusters-route'))],
  ['regions', lazy(() => import('../views/regions/regions-route'))],
  ['timeline', lazy(() => import('../views/timeline/timeline-route'))],
  ['framework', lazy(() => import('../views/framework/framework-route'))],
  ['sources', lazy(() => import('../views/sources/sources-route'))],
];

const elements = new Map<string, ReactElement>(pages.map(([path, Page]) => [path, createElement(Page)]));

/** The element of one page (made once, so rendering it never creates a component during render). */
export function pageElement(path: string): ReactElement | null {
  return elements.get(path) ?? null;
}

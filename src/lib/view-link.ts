import { useCallback } from 'react';
import { useLocation } from 'react-router-dom';
import type { ViewId } from './paths';
import { globalSearch } from './url-state';

/** Whether a router path is inside an embed (`/embed/<view>`), the one place that is shown in someone's iframe. */
export const isEmbedPath = (pathname: string) => /^\/embed(\/|$)/.test(pathname);

/**
 * Paths for links to another view. In the site (and the deck) that is the view's page; inside an embed it is the
 * same view's embed, with the language, theme and snapshot, so that following a link never replaces the host
 * page's frame with the whole site.
 */
export function useViewPath(): (view: ViewId) => string {
  const { pathname, search } = useLocation();
  const prefix = isEmbedPath(pathname) ? '/embed' : '';
  // Kept while only a view's own options change (a sort, say): the links built from it need not be drawn again.
  const global = globalSearch(search);
  return useCallback((view: ViewId) => `${prefix}/${view}${global}`, [prefix, global]);
}

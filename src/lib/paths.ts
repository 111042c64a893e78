/** Route paths of the dashboard, in navigation order. */
export const VIEW_IDS = ['growth', 'sectors', 'subclusters', 'regions', 'timeline', 'framework'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export const PAGE_IDS = ['overview', ...VIEW_IDS, 'sources'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export function pathOf(page: PageId): string {
  return page === 'overview' ? '/' : `/${page}`;
}

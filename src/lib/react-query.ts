import { QueryClient } from '@tanstack/react-query';
import { FetchError } from '../data/errors';

/**
 * Whether asking again may help: a dropped connection or a server error may be gone a second later; a file that
 * is not a valid snapshot, a missing file (4xx) or a deadline that already waited 10 s will not be.
 */
export function worthRetrying(error: unknown): boolean {
  if (!(error instanceof FetchError) || error.timedOut) return false;
  return error.status === null || error.status >= 500;
}

/** Snapshots are static files: fetch once, never refetch in the background. */
export function createQueryClient(options: { retry?: number | false } = {}) {
  const retries = options.retry === false ? 0 : (options.retry ?? 1);
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: (failures, error) => worthRetrying(error) && failures < retries,
        // A file that failed is not asked for again because a page mounted: the page shows the failure at once,
        // with its "Try again" button (the pre-rendered page's start had already asked, app/start.tsx).
        retryOnMount: false,
      },
    },
  });
}

import { QueryClient } from '@tanstack/react-query';
import { FetchError } from '../data/errors';

/** Snapshots are static files: fetch once, never refetch in the background. */
export function createQueryClient(options: { retry?: number | false } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        // One retry for a dropped connection; none after a deadline, which already waited 10 s.
        retry: (failures, error) =>
          !(error instanceof FetchError && error.timedOut) &&
          failures < (options.retry === false ? 0 : (options.retry ?? 1)),
      },
    },
  });
}

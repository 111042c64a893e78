import { QueryClient } from '@tanstack/react-query';

/** Snapshots are static files: fetch once, never refetch in the background. */
export function createQueryClient(options: { retry?: number | false } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: options.retry ?? 1,
      },
    },
  });
}

import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { fetchDataFile, parseCatalogue, parseSnapshot } from '../data/snapshot';
import type { Snapshot } from '../data/schema';
import { parseSnapshotId } from './url-state';

const BASE_URL = import.meta.env.BASE_URL;
export const CATALOGUE_FILE = 'index.json';

export const catalogueQueryOptions = () =>
  queryOptions({
    queryKey: ['catalogue'],
    queryFn: async ({ signal }) =>
      parseCatalogue(CATALOGUE_FILE, await fetchDataFile(BASE_URL, CATALOGUE_FILE, signal)),
  });

export const snapshotQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['snapshot', file],
    queryFn: async ({ signal }) => parseSnapshot(file, await fetchDataFile(BASE_URL, file, signal)),
  });

/**
 * The snapshot the URL asks for (`?snapshot=id`), or the catalogue's default. An unknown id falls back
 * to the default and is reported in `ignoredSnapshotId`.
 */
export function useSnapshot() {
  const [search] = useSearchParams();
  const catalogue = useQuery(catalogueQueryOptions());
  const requested = parseSnapshotId(search);
  const entries = catalogue.data?.snapshots ?? [];
  const requestedEntry =
    requested.status === 'valid' ? entries.find((s) => s.id === requested.value) : undefined;
  const entry = requestedEntry ?? entries.find((s) => s.id === catalogue.data?.default);
  const snapshot = useQuery({ ...snapshotQueryOptions(entry?.file ?? ''), enabled: entry !== undefined });
  const ignoredSnapshotId =
    catalogue.data && requested.status !== 'missing' && !requestedEntry
      ? requested.status === 'valid'
        ? requested.value
        : requested.raw
      : undefined;
  return {
    snapshot: snapshot.data,
    entry,
    ignoredSnapshotId,
    error: catalogue.error ?? snapshot.error,
    isPending: catalogue.isPending || (entry !== undefined && snapshot.isPending),
    /** The data file being waited for, if any. */
    loadingFile: catalogue.isPending ? CATALOGUE_FILE : snapshot.isPending ? entry?.file : undefined,
    retry: () => {
      if (catalogue.error) void catalogue.refetch();
      else void snapshot.refetch();
    },
  };
}

/**
 * Loads the catalogue and its default snapshot into the cache, so that a pre-rendered page (drawn from that
 * snapshot at build time) hydrates with the very data its HTML shows.
 */
export async function prefetchDefaultSnapshot(queryClient: QueryClient): Promise<Snapshot | undefined> {
  const catalogue = await queryClient.fetchQuery(catalogueQueryOptions());
  const entry = catalogue.snapshots.find((s) => s.id === catalogue.default);
  return entry ? queryClient.fetchQuery(snapshotQueryOptions(entry.file)) : undefined;
}

import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { loadDataFile } from '../data/load-data';
import { CATALOGUE_FILE } from '../data/data-worker-protocol';
import type { Catalogue, Snapshot } from '../data/schema';
import type { OwnSnapshotMeta } from '../data/own-snapshots';
import { parseSnapshotId } from './url-state';
import { isOwnSnapshotId } from '../data/own-snapshot-id';

const BASE_URL = import.meta.env.BASE_URL;

export const catalogueQueryOptions = () =>
  queryOptions({
    queryKey: ['catalogue'],
    queryFn: ({ signal }) => loadDataFile('catalogue', BASE_URL, CATALOGUE_FILE, signal),
  });

export const snapshotQueryOptions = (file: string) =>
  queryOptions({
    queryKey: ['snapshot', file],
    queryFn: ({ signal }) => loadDataFile('snapshot', BASE_URL, file, signal),
  });

/**
 * A snapshot the user opened (`own-…` id), read back from this browser and checked again. Loaded on demand:
 * the store and its IndexedDB wrapper stay out of the first load. `null` when this browser does not keep it.
 */
export const ownSnapshotQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['own-snapshot', id],
    queryFn: async () => {
      const { loadOwnSnapshot } = await import('../data/own-snapshots');
      return (await loadOwnSnapshot(id)) ?? null;
    },
    // Kept in IndexedDB, not on a server: nothing to refetch until the user removes it.
    staleTime: Infinity,
  });

/** What every view needs to name the active snapshot: the catalogue's entry, or one made for an opened file. */
export interface SnapshotEntry {
  id: string;
  file: string;
  title: Catalogue['snapshots'][number]['title'];
  compiled: string;
  /** Set for a snapshot the user opened: the file name or URL it came from. Such a snapshot is not published. */
  own?: OwnSnapshotMeta;
}

/**
 * The snapshot the URL asks for (`?snapshot=id`), or the catalogue's default. An unknown id falls back
 * to the default and is reported in `ignoredSnapshotId`.
 */
export function useSnapshot() {
  const [search] = useSearchParams();
  const catalogue = useQuery(catalogueQueryOptions());
  const requested = parseSnapshotId(search);
  const ownId = requested.status === 'valid' && isOwnSnapshotId(requested.value) ? requested.value : '';
  const own = useQuery({ ...ownSnapshotQueryOptions(ownId), enabled: ownId !== '' });
  const ownEntry: SnapshotEntry | undefined = own.data
    ? {
        id: own.data.meta.id,
        file: own.data.meta.origin,
        title: own.data.snapshot.title,
        compiled: own.data.snapshot.compiled,
        own: own.data.meta,
      }
    : undefined;
  const entries = catalogue.data?.snapshots ?? [];
  const requestedEntry =
    requested.status === 'valid' ? entries.find((s) => s.id === requested.value) : undefined;
  const defaultEntry = entries.find((s) => s.id === catalogue.data?.default);
  // An opened snapshot this browser no longer keeps (removed, another browser) falls back to the default.
  const ownPending = ownId !== '' && own.isPending;
  const entry: SnapshotEntry | undefined =
    ownEntry ?? requestedEntry ?? (ownPending ? undefined : defaultEntry);
  const shipped = useQuery({
    ...snapshotQueryOptions(entry?.file ?? ''),
    enabled: entry !== undefined && !entry.own,
  });
  const snapshot = ownEntry ? own : shipped;
  const ignoredSnapshotId =
    catalogue.data && !ownPending && requested.status !== 'missing' && !requestedEntry && !ownEntry
      ? requested.status === 'valid'
        ? requested.value
        : requested.raw
      : undefined;
  return {
    snapshot: ownEntry ? own.data?.snapshot : shipped.data,
    entry,
    ignoredSnapshotId,
    error: catalogue.error ?? own.error ?? snapshot.error,
    isPending: catalogue.isPending || ownPending || (entry !== undefined && snapshot.isPending),
    /** The data file being waited for, if any. */
    loadingFile: catalogue.isPending
      ? CATALOGUE_FILE
      : ownPending
        ? ownId
        : snapshot.isPending
          ? entry?.file
          : undefined,
    retry: () => {
      if (catalogue.error) void catalogue.refetch();
      else if (own.error) void own.refetch();
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

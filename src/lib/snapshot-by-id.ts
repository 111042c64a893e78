import { useQuery } from '@tanstack/react-query';
import { isOwnSnapshotId } from '../data/own-snapshot-id';
import type { Snapshot } from '../data/schema';
import {
  catalogueQueryOptions,
  ownSnapshotQueryOptions,
  snapshotQueryOptions,
  type SnapshotEntry,
} from './snapshot.queries';

export interface SnapshotById {
  entry?: SnapshotEntry;
  snapshot?: Snapshot;
  isPending: boolean;
  error: Error | null;
  /** The id names nothing: not in the catalogue, and not kept in this browser. */
  unknown: boolean;
}

/**
 * Any snapshot by its id: one of the catalogue's, or one the user opened (`own-…`). Unlike `useSnapshot`, which
 * follows `?snapshot=` and falls back to the default, it resolves exactly the id it is given, so a page can show
 * two snapshots at once (`/compare`, a view's `?compare=` layer). Kept out of the first load: only those use it.
 */
export function useSnapshotById(id: string | undefined): SnapshotById {
  const catalogue = useQuery(catalogueQueryOptions());
  const ownId = id && isOwnSnapshotId(id) ? id : '';
  const own = useQuery({ ...ownSnapshotQueryOptions(ownId), enabled: ownId !== '' });
  const listed = id && !ownId ? catalogue.data?.snapshots.find((s) => s.id === id) : undefined;
  const shipped = useQuery({ ...snapshotQueryOptions(listed?.file ?? ''), enabled: listed !== undefined });
  if (!id) return { isPending: false, error: null, unknown: false };
  if (ownId) {
    const data = own.data;
    return {
      entry: data
        ? {
            id: data.meta.id,
            file: data.meta.origin,
            title: data.snapshot.title,
            compiled: data.snapshot.compiled,
            own: data.meta,
          }
        : undefined,
      snapshot: data?.snapshot,
      isPending: own.isPending,
      error: own.error,
      unknown: own.isSuccess && data === null,
    };
  }
  return {
    entry: listed,
    snapshot: shipped.data,
    isPending: catalogue.isPending || (listed !== undefined && shipped.isPending),
    error: catalogue.error ?? shipped.error,
    unknown: catalogue.isSuccess && listed === undefined,
  };
}

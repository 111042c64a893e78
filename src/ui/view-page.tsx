import type { ReactNode } from 'react';
import { useSnapshot } from '../lib/snapshot.queries';
import type { Snapshot } from '../data/schema';
import { DataError, Loading } from './data-state';

/** Loads the snapshot for a page and renders it, or the loading and error states. */
export function WithSnapshot({ children }: { children: (snapshot: Snapshot) => ReactNode }) {
  const { snapshot, error, isPending, retry } = useSnapshot();
  if (error) return <DataError error={error} onRetry={retry} />;
  if (isPending || !snapshot) return <Loading />;
  return <>{children(snapshot)}</>;
}

import type { ReactNode } from 'react';
import { useSnapshot } from '../lib/snapshot.queries';
import type { Snapshot } from '../data/schema';
import { DataError, Loading } from './data-state';

/** Loads the snapshot for a page and renders it, or the loading and error states. */
export function WithSnapshot({ children }: { children: (snapshot: Snapshot) => ReactNode }) {
  const { snapshot, error, isPending, retry, loadingFile } = useSnapshot();
  if (error) return <DataError error={error} onRetry={retry} />;
  if (isPending || !snapshot) return <Loading key={loadingFile} file={loadingFile} />;
  return <>{children(snapshot)}</>;
}

/**
 * A page that is not one of the six views (the overview, /sources): its title, reading guide and whatever
 * the page puts under them (`actions`), then its content once the snapshot is in.
 */
export function SnapshotPage({
  id,
  className,
  title,
  lead,
  actions,
  children,
}: {
  id: string;
  className?: string;
  title: string;
  lead: string;
  actions?: ReactNode;
  children: (snapshot: Snapshot) => ReactNode;
}) {
  return (
    <section className={className ? `page ${className}` : 'page'} aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>{title}</h1>
      <p className="lead">{lead}</p>
      {actions}
      <WithSnapshot>{children}</WithSnapshot>
    </section>
  );
}

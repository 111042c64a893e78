import { useDeferredValue, type ReactNode } from 'react';
import { useSnapshot } from '../lib/snapshot.queries';
import type { Snapshot } from '../data/schema';
import { DataError, Loading } from './data-state';

/** Loads the snapshot for a page and renders it, or the loading and error states. */
export function WithSnapshot({ children }: { children: (snapshot: Snapshot) => ReactNode }) {
  const { snapshot, error, isPending, retry, loadingFile } = useSnapshot();
  const ready = error || isPending ? undefined : snapshot;
  // Data that arrives after the first render reaches React as a store update (react-query), which React renders
  // at once, whole: a view drawn for 100× the data blocked the main thread for 300-400 ms. Deferred, the view is
  // drawn as a transition that yields every few milliseconds, and the loading line stays until it is in. Only
  // the first arrival waits: one snapshot replaced by another is drawn at once, so a view never shows the
  // figures of a snapshot other than the one its page names.
  const arrived = useDeferredValue(ready !== undefined);
  if (error) return <DataError error={error} onRetry={retry} />;
  if (!ready || !arrived) return <Loading key={loadingFile} file={loadingFile} />;
  return <>{children(ready)}</>;
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

import { useSearchParams } from 'react-router-dom';
import { useSnapshot } from './snapshot.queries';
import { invalidGlobalParams, type InvalidParam } from './url-state';

/**
 * The site-wide URL values this page ignores (`?lang=`, `?theme=`, an unknown `?snapshot=`), plus the page's
 * own `extra`: every page (site, deck, embed) reports the same list the same way, each value once.
 */
export function useIgnoredParams(extra: readonly InvalidParam[] = []): InvalidParam[] {
  const [search] = useSearchParams();
  const { ignoredSnapshotId } = useSnapshot();
  const all = [
    ...invalidGlobalParams(search),
    ...(ignoredSnapshotId ? [{ name: 'snapshot', raw: ignoredSnapshotId }] : []),
    ...extra,
  ];
  return all.filter((p, i) => all.findIndex((q) => q.name === p.name && q.raw === p.raw) === i);
}

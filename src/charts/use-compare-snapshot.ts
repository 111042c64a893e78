import { useSearchParams } from 'react-router-dom';
import type { SnapshotEntry } from '../lib/snapshot.queries';
import { useSnapshot } from '../lib/snapshot.queries';
import { useSnapshotById } from '../lib/snapshot-by-id';
import { parseSnapshotId, type InvalidParam } from '../lib/url-state';
import type { Snapshot } from '../data/schema';

export interface CompareLayer {
  entry: SnapshotEntry;
  snapshot: Snapshot;
}

/**
 * `?compare=<id>` on a view: the other snapshot, whose figures a chart draws as a ghost layer. `layer` is set
 * once it is in (and is not the snapshot already shown); `invalid` names a malformed or unknown id, for the
 * view's ignored-parameter notice.
 */
export function useCompareSnapshot(): { layer?: CompareLayer; invalid: InvalidParam[] } {
  const [search] = useSearchParams();
  const { entry: active } = useSnapshot();
  const param = parseSnapshotId(search, 'compare');
  const other = useSnapshotById(param.status === 'valid' ? param.value : undefined);
  if (param.status === 'invalid') return { invalid: [{ name: 'compare', raw: param.raw }] };
  if (param.status === 'missing') return { invalid: [] };
  if (other.unknown || other.error) return { invalid: [{ name: 'compare', raw: param.value }] };
  return other.entry && other.snapshot && other.entry.id !== active?.id
    ? { layer: { entry: other.entry, snapshot: other.snapshot }, invalid: [] }
    : { invalid: [] };
}

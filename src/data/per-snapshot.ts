import type { Snapshot } from './schema';

/**
 * `shape` computed once per snapshot object, then answered from memory. Snapshots are never changed in place,
 * so the result holds as long as the snapshot does; a `useMemo` would make it again in every component (and
 * every tab) that asks, and at 100× the data that costs a click tens of milliseconds.
 * The result is shared: callers must not change it.
 */
export function perSnapshot<T>(shape: (snapshot: Snapshot) => T): (snapshot: Snapshot) => T {
  const made = new WeakMap<Snapshot, T>();
  return (snapshot) => {
    if (made.has(snapshot)) return made.get(snapshot) as T;
    const value = shape(snapshot);
    made.set(snapshot, value);
    return value;
  };
}

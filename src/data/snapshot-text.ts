/**
 * Where snapshot text becomes objects, and nowhere else: unchecked, for snapshot.ts to check, or already checked
 * by the data worker. Kept apart from snapshot.ts so that the page can read a checked text without loading the
 * schema and its validator.
 */
import { SnapshotError } from './errors';
import { rememberFingerprint } from './fingerprint';
import type { Snapshot } from './schema';

/** Parses a data file's text; a syntax error becomes a SnapshotError at `$` naming the file. */
export function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new SnapshotError(file, [{ path: '$', message: `not valid JSON (${detail})` }]);
  }
}

/**
 * Parses a snapshot's text on the page while the data worker checks it, and returns what gives the object out
 * once the worker says the text passed every check (with the fingerprint it made of it). The worker sends the
 * text rather than the parsed object: a structured clone of the object cost the worker as long to write as the
 * page to read, while a string crosses as one copy, and parsing it here while the worker checks it takes
 * nothing from the time to the page. The schema only admits the keys it names (strict objects, no defaults),
 * so this object holds exactly what the checked one held. `meanwhile` may prepare what the page will need of
 * the object (nothing it does is shown, and an object that fails is dropped with all of it).
 */
export function parseWhileChecked(
  text: string,
  meanwhile?: (unchecked: unknown) => void,
): (fingerprint: string) => Snapshot {
  let parsed: unknown;
  let failure: Error | undefined;
  try {
    parsed = JSON.parse(text);
    meanwhile?.(parsed);
  } catch (e) {
    // The worker's checks fail too, and their reply says why; this is thrown only if they did not.
    failure = e instanceof Error ? e : new Error('not valid JSON');
  }
  return (fingerprint) => {
    if (failure) throw failure;
    rememberFingerprint(parsed as object, fingerprint);
    return parsed as Snapshot;
  };
}

/**
 * The file an unchecked catalogue's text names as its default snapshot, if it names one plainly: for reading
 * that file ahead only (data-worker-prefetch.ts). Nothing else is taken from it before the catalogue is checked.
 */
export function defaultSnapshotFile(text: string): string | undefined {
  try {
    const { default: id, snapshots } = JSON.parse(text) as { default?: unknown; snapshots?: unknown };
    if (!Array.isArray(snapshots)) return undefined;
    const entry: unknown = snapshots.find((s: { id?: unknown } | null) => s?.id === id);
    const file = (entry as { file?: unknown } | undefined)?.file;
    return typeof file === 'string' && /^[\w.-]+\.json$/.test(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

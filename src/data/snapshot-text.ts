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
 * A snapshot's text that `parseSnapshot` accepted in the data worker, with the fingerprint the worker made of it.
 * The worker sends the checked text rather than the parsed object: a structured clone of the object cost the
 * worker as long to write as the page to read, while a string crosses as one copy and parsing it again here
 * costs about what reading the clone did. The schema only admits the keys it names (strict objects, no
 * defaults), so this object holds exactly what the checked one held.
 */
export function parseCheckedSnapshot(text: string, fingerprint: string): Snapshot {
  const snapshot = JSON.parse(text) as Snapshot;
  rememberFingerprint(snapshot, fingerprint);
  return snapshot;
}

/**
 * The only module that checks raw snapshot JSON: it parses text (through snapshot-text.ts), validates it against
 * the schema, runs the consistency checks and reports every problem with the file name and JSON path.
 */
import * as z from 'zod/mini';
import { zodMessage } from './zod-messages';
import { catalogueSchema, snapshotSchema, type Catalogue, type Snapshot } from './schema';
import { checkConsistency, toJsonPath, type SnapshotProblem } from './consistency';
import { buildSnapshotIndex } from './snapshot-index';
import { SnapshotError } from './errors';
import { parseJsonText } from './snapshot-text';
import { rememberFingerprint, textFingerprint } from './fingerprint';

// zod/mini ships without messages ("Invalid input"); these say what was expected and found.
z.config({ localeError: zodMessage });

function issuesToProblems(error: z.core.$ZodError): SnapshotProblem[] {
  return error.issues.map((issue) => ({ path: toJsonPath(issue.path), message: issue.message }));
}

/** Parses and checks a snapshot, fingerprinted by its text (fingerprint.ts); throws SnapshotError listing every problem. */
export function parseSnapshot(file: string, text: string): Snapshot {
  const raw = parseJsonText(file, text);
  const result = snapshotSchema.safeParse(raw);
  if (!result.success) throw new SnapshotError(file, issuesToProblems(result.error));
  // The index the checks use is kept for the views' lookups: built once per snapshot.
  const problems = checkConsistency(result.data, buildSnapshotIndex(result.data));
  if (problems.length > 0) throw new SnapshotError(file, problems);
  rememberFingerprint(result.data, textFingerprint(result.data.id, text));
  return result.data;
}

/** The largest snapshot file a user may open: ten times the 100x benchmark's, and far from a frozen tab. */
export const MAX_SNAPSHOT_BYTES = 20 * 1024 * 1024;
/** The schema nests at most 8 levels (a figure's formula inside a series inside growth); this leaves room. */
export const MAX_JSON_DEPTH = 16;

/** How deeply the JSON text nests, stopping at `limit + 1`: one pass, strings skipped. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

/**
 * A snapshot from outside the build (a user's file, `npm run snapshot -- check`): refused before parsing when
 * it is too large or nests deeper than any snapshot can, so a hostile file cannot freeze the tab; then checked
 * exactly as the shipped one.
 */
export function parseSnapshotFile(file: string, text: string, bytes = new Blob([text]).size): Snapshot {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (bytes > MAX_SNAPSHOT_BYTES)
    throw new SnapshotError(file, [
      { path: '$', message: `the file is ${mb(bytes)}; a snapshot may be at most ${mb(MAX_SNAPSHOT_BYTES)}` },
    ]);
  if (jsonDepth(text) > MAX_JSON_DEPTH)
    throw new SnapshotError(file, [
      { path: '$', message: `the JSON nests more than ${MAX_JSON_DEPTH} levels deep; a snapshot never does` },
    ]);
  return parseSnapshot(file, text);
}

export function parseCatalogue(file: string, text: string): Catalogue {
  const raw = parseJsonText(file, text);
  const result = catalogueSchema.safeParse(raw);
  if (!result.success) throw new SnapshotError(file, issuesToProblems(result.error));
  const ids = result.data.snapshots.map((s) => s.id);
  if (!ids.includes(result.data.default))
    throw new SnapshotError(file, [
      { path: '$.default', message: `no snapshot with id "${result.data.default}"` },
    ]);
  return result.data;
}

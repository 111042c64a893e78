/**
 * The only module that touches raw snapshot JSON: it parses text, validates it against the schema,
 * runs the consistency checks and reports every problem with the file name and JSON path.
 */
import * as z from 'zod/mini';
import { zodMessage } from './zod-messages';
import { catalogueSchema, snapshotSchema, type Catalogue, type Snapshot } from './schema';
import { checkConsistency, type SnapshotProblem } from './consistency';
import { buildSnapshotIndex } from './snapshot-index';

// zod/mini ships without messages ("Invalid input"); these say what was expected and found.
z.config({ localeError: zodMessage });

/** Thrown when a data file cannot be used; `problems` lists every JSON path at fault. */
export class SnapshotError extends Error {
  readonly file: string;
  readonly problems: SnapshotProblem[];
  constructor(file: string, problems: SnapshotProblem[], summary?: string) {
    super(summary ?? `${file}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'SnapshotError';
    this.file = file;
    this.problems = problems;
  }
}

/** Thrown when the file could not be fetched at all (HTTP status, network, or no answer in time). */
export class FetchError extends Error {
  readonly file: string;
  readonly status: number | null;
  /** True when the server did not answer within the deadline: trying again at once rarely helps. */
  readonly timedOut: boolean;
  constructor(file: string, status: number | null, detail: string, timedOut = false) {
    super(`${file}: ${detail}`);
    this.name = 'FetchError';
    this.file = file;
    this.status = status;
    this.timedOut = timedOut;
  }
}

/** How long a data file may take, headers and body, before the page says so and offers "Try again". */
export const FETCH_DEADLINE_MS = 10_000;

export function toJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

function issuesToProblems(error: z.core.$ZodError): SnapshotProblem[] {
  return error.issues.map((issue) => ({ path: toJsonPath(issue.path), message: issue.message }));
}

function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new SnapshotError(file, [{ path: '$', message: `not valid JSON (${detail})` }]);
  }
}

/** Parses and checks a snapshot; throws SnapshotError listing every problem. */
export function parseSnapshot(file: string, text: string): Snapshot {
  const raw = parseJsonText(file, text);
  const result = snapshotSchema.safeParse(raw);
  if (!result.success) throw new SnapshotError(file, issuesToProblems(result.error));
  // The index the checks use is kept for the views' lookups: built once per snapshot.
  const problems = checkConsistency(result.data, buildSnapshotIndex(result.data));
  if (problems.length > 0) throw new SnapshotError(file, problems);
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

/**
 * Fetches a data file as text, turning HTTP and network failures into FetchError. A server that never
 * answers (or sends the body forever) is cut off after `deadline` ms; `signal` cancels as before.
 */
export async function fetchDataFile(
  baseUrl: string,
  file: string,
  signal?: AbortSignal,
  deadline = FETCH_DEADLINE_MS,
): Promise<string> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, deadline);
  const cancel = () => controller.abort();
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  const failure = (e: unknown) =>
    timedOut
      ? new FetchError(file, null, `no answer within ${deadline / 1000} s`, true)
      : new FetchError(file, null, `network error (${e instanceof Error ? e.message : String(e)})`);
  try {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}data/${file}`, { signal: controller.signal });
    } catch (e) {
      throw failure(e);
    }
    if (!response.ok)
      throw new FetchError(file, response.status, `HTTP ${response.status} ${response.statusText}`.trim());
    try {
      return await response.text();
    } catch (e) {
      throw failure(e);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

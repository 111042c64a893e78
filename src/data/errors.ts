/**
 * Why a data file could not be used. Kept apart from the parser (snapshot.ts, which brings the schema and its
 * validator) so the page can tell the kinds apart without loading either: they run in the data worker.
 */
import type { SnapshotProblem } from './consistency';

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
  /** What went wrong, without the file name. */
  readonly detail: string;
  constructor(file: string, status: number | null, detail: string, timedOut = false) {
    super(`${file}: ${detail}`);
    this.name = 'FetchError';
    this.file = file;
    this.detail = detail;
    this.status = status;
    this.timedOut = timedOut;
  }
}

/**
 * The messages between the page and the data worker (data.worker.ts), and how errors cross between them:
 * a thrown SnapshotError or FetchError arrives as the same class, so the page names the file and the JSON path
 * exactly as when it parsed the file itself.
 */
import type { SnapshotProblem } from './consistency';
import { FetchError, SnapshotError } from './errors';
import type { Catalogue, Snapshot } from './schema';

export type DataKind = 'catalogue' | 'snapshot';
export type DataOf<K extends DataKind> = K extends 'catalogue' ? Catalogue : Snapshot;

export type ToWorker =
  | { type: 'load'; id: number; kind: DataKind; baseUrl: string; file: string }
  | { type: 'abort'; id: number }
  /**
   * From the page's starter, before the app's code has loaded: read the catalogue and its default now. The
   * starter sends the catalogue's text when it could read it (index.html): its request, made from the page
   * before the app's modules are asked for, does not wait behind them as the worker's did.
   */
  | { type: 'prefetch'; baseUrl: string; catalogue?: string };

/** The catalogue's file under `data/`; the worker reads it ahead of the page (`prefetch`). */
export const CATALOGUE_FILE = 'index.json';

export type WireError =
  | { name: 'SnapshotError'; file: string; problems: SnapshotProblem[]; message: string }
  | { name: 'FetchError'; file: string; status: number | null; detail: string; timedOut: boolean }
  | { name: 'Error'; message: string };

/** The worker's last word on a request: the checked catalogue, a snapshot's verdict, or why it failed. */
export type WorkerReply =
  | { id: number; ok: true; value: Catalogue }
  /**
   * The snapshot whose text the worker sent (`read`) passed every check, with the fingerprint made of that text
   * off the page's main thread (fingerprint.ts).
   */
  | { id: number; ok: true; passed: true; fingerprint: string }
  | { id: number; ok: false; error: WireError };

export type FromWorker =
  | WorkerReply
  /**
   * A snapshot's text, before its checks: parts as it is read, then the rest once it is all in (`read`, the
   * whole text if no parts came; data-worker-text.ts). The page parses it while the worker checks it and uses
   * it only once the reply says that it passed (snapshot-text.ts).
   */
  | { id: number; part: string }
  | { id: number; read: string }
  /**
   * The default snapshot's text, read ahead before the page asked for it (data-worker-prefetch.ts), in parts
   * and the rest as above, under its URL (`baseUrl` + file): the page parses it once all in, and uses it for
   * its first request of that file, whose reply is the verdict on this very text. A page that asked before
   * the text began to come gets it under the request's id instead.
   */
  | { early: string; part: string }
  | { early: string; read: string };

export function errorToWire(e: unknown): WireError {
  if (e instanceof SnapshotError)
    return { name: 'SnapshotError', file: e.file, problems: e.problems, message: e.message };
  if (e instanceof FetchError)
    return { name: 'FetchError', file: e.file, status: e.status, detail: e.detail, timedOut: e.timedOut };
  return { name: 'Error', message: e instanceof Error ? e.message : String(e) };
}

export function errorFromWire(wire: WireError): Error {
  switch (wire.name) {
    case 'SnapshotError':
      return new SnapshotError(wire.file, wire.problems, wire.message);
    case 'FetchError':
      return new FetchError(wire.file, wire.status, wire.detail, wire.timedOut);
    default:
      return new Error(wire.message);
  }
}

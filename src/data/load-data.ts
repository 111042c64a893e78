/**
 * Loads the catalogue or a snapshot, checked: in the data worker (data.worker.ts) where the browser has
 * workers, in the page otherwise (tests in jsdom, the build) or when the worker's script cannot run (a host
 * that refuses it, a Content-Security-Policy without `worker-src 'self'`). Either way the result, and every
 * error, is the same.
 */
import { errorFromWire, type DataKind, type DataOf, type FromWorker } from './data-worker-protocol';
import { fetchDataFile } from './fetch-data-file';
import { parseWhileChecked } from './snapshot-text';
import { snapshotIndex } from './snapshot-index';
import type { Snapshot } from './schema';

/** A snapshot's text parsed while the worker checks it, given out with the worker's fingerprint if it passed. */
type Checked = (fingerprint: string) => Snapshot;

interface Job {
  /** The snapshot's URL (`baseUrl` + file), for a text the worker read ahead of the request; none for a catalogue. */
  url?: string;
  /** The snapshot's text, parsed, once it has come. */
  checked?: Checked;
  /** The parts of the snapshot's text come so far, to be joined with the rest when it comes. */
  parts: string[];
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** The snapshot whose text was read passed every check. */
  passed(fingerprint: string): void;
  /** Runs the request in the page instead: the worker failed before answering it. */
  inPage(): void;
}

/**
 * The worker the built page's starter (index.html) created while this code was still loading, so that it could
 * read the data meanwhile (data-worker-prefetch.ts); `failed` is set if its script did not run.
 */
interface StartedWorker {
  worker: Worker;
  failed: boolean;
}
declare global {
  interface Window {
    micDataWorker?: StartedWorker;
  }
}

function createWorker(): Worker {
  const early = typeof window === 'undefined' ? undefined : window.micDataWorker;
  if (early) {
    delete window.micDataWorker;
    if (!early.failed) return early.worker;
    early.worker.terminate();
    throw new Error('the data worker failed to start');
  }
  return new Worker(new URL('./data.worker.ts', import.meta.url), { type: 'module', name: 'data' });
}

/** Snapshot texts the worker read ahead of the page's request (data-worker-prefetch.ts), parsed, by URL. */
const readAheadTexts = new Map<string, Checked>();
/** The parts come so far of texts the worker is pushing ahead of the page's request, by URL. */
const readAheadParts = new Map<string, string[]>();

/**
 * A text's parts come so far joined with its rest, and the parts forgotten. The rest is joined with them, not
 * appended after: `+` would make a two-piece string that JSON.parse copies whole again (50 ms at 100× the data).
 */
const joined = (parts: string[], rest: string) => [...parts.splice(0), rest].join('');

/**
 * Parses the default snapshot's text that the worker read before the page asked for it, for the page's first
 * request of that URL: the one waiting for its text if the request crossed it, else the one to come. The reply
 * to that request is the verdict on this text: the worker pushes a text only for the read the request takes.
 */
function readAhead(url: string, text: string): void {
  const checked = parseWhileChecked(text, prepareIndex);
  const waiting = [...jobs.values()].find((job) => job.url === url && !job.checked);
  if (waiting) waiting.checked = checked;
  else readAheadTexts.set(url, checked);
}

/** The worker, `null` where there is none or it failed, `undefined` until first asked for. */
let worker: Worker | null | undefined;
let nextId = 1;
const jobs = new Map<number, Job>();

function dataWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return null;
  try {
    const started = createWorker();
    started.onmessage = (event: MessageEvent<FromWorker>) => {
      const reply = event.data;
      if ('early' in reply) {
        const parts = readAheadParts.get(reply.early) ?? [];
        readAheadParts.set(reply.early, parts);
        if ('part' in reply) return void parts.push(reply.part);
        readAheadParts.delete(reply.early);
        return readAhead(reply.early, joined(parts, reply.read));
      }
      const job = jobs.get(reply.id);
      if (!job) return;
      if ('part' in reply) return void job.parts.push(reply.part);
      // The text the reply to come is the verdict on; it replaces one read ahead (a retry reads afresh).
      if ('read' in reply)
        return void (job.checked = parseWhileChecked(joined(job.parts, reply.read), prepareIndex));
      jobs.delete(reply.id);
      // A read that failed halfway leaves the parts it pushed without their rest: they are of no use.
      if (!reply.ok && job.url !== undefined) readAheadParts.delete(job.url);
      if (!reply.ok) return job.reject(errorFromWire(reply.error));
      if ('value' in reply) return job.resolve(reply.value);
      job.passed(reply.fingerprint);
    };
    // The script did not load or threw: this load and every later one run in the page.
    started.onerror = (event) => {
      event.preventDefault();
      started.terminate();
      worker = null;
      const waiting = [...jobs.values()];
      jobs.clear();
      for (const job of waiting) job.inPage();
    };
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

async function loadInPage<K extends DataKind>(
  kind: K,
  baseUrl: string,
  file: string,
  signal?: AbortSignal,
): Promise<DataOf<K>> {
  const [text, { parseCatalogue, parseSnapshot }] = await Promise.all([
    fetchDataFile(baseUrl, file, signal),
    import('./snapshot'),
  ]);
  return (kind === 'catalogue' ? parseCatalogue(file, text) : parseSnapshot(file, text)) as DataOf<K>;
}

/**
 * Builds the index of a snapshot the worker is still checking, in a task of its own while the page waits for the
 * verdict: the views look figures up by id on their first render (snapshot-index.ts), 30 ms at 100× the data.
 * The index of a snapshot that fails is never looked at; data too malformed to index is indexed, if ever, once
 * it has passed.
 */
function prepareIndex(unchecked: unknown): void {
  setTimeout(() => {
    try {
      snapshotIndex(unchecked as Snapshot);
    } catch {
      // malformed: the checks' reply says how
    }
  }, 0);
}

function abortReason(signal: AbortSignal | undefined): Error {
  return signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}

/** The data file `file` under `baseUrl`data/, fetched, parsed and checked; rejects with FetchError or SnapshotError. */
export function loadDataFile<K extends DataKind>(
  kind: K,
  baseUrl: string,
  file: string,
  signal?: AbortSignal,
): Promise<DataOf<K>> {
  const w = dataWorker();
  if (!w) return loadInPage(kind, baseUrl, file, signal);
  return new Promise<DataOf<K>>((resolve, reject) => {
    const id = nextId++;
    const stop = () => signal?.removeEventListener('abort', onAbort);
    const onAbort = () => {
      jobs.delete(id);
      w.postMessage({ type: 'abort', id });
      reject(abortReason(signal));
    };
    if (signal?.aborted) return reject(abortReason(signal));
    signal?.addEventListener('abort', onAbort, { once: true });
    const url = kind === 'snapshot' ? `${baseUrl}${file}` : undefined;
    const early = url === undefined ? undefined : readAheadTexts.get(url);
    if (url !== undefined) readAheadTexts.delete(url);
    jobs.set(id, {
      url,
      checked: early,
      parts: [],
      passed(fingerprint) {
        try {
          if (!this.checked) throw new Error(`${file}: the data worker passed a snapshot it did not send`);
          this.resolve(this.checked(fingerprint));
        } catch (e) {
          // Text the worker parsed parses here too; were it not so, the page says so rather than wait forever.
          this.reject(e instanceof Error ? e : new Error(String(e)));
        }
      },
      resolve: (value) => {
        stop();
        resolve(value as DataOf<K>);
      },
      reject: (error) => {
        stop();
        reject(error);
      },
      inPage: () => {
        stop();
        loadInPage(kind, baseUrl, file, signal).then(resolve, reject);
      },
    });
    w.postMessage({ type: 'load', id, kind, baseUrl, file });
  });
}

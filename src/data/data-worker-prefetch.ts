/**
 * The data worker reads the catalogue and its default snapshot as soon as the page's starter creates it,
 * while the app's own code is still loading (0.2–0.4 s on this machine class, more on a phone); the page's
 * first requests for those files then take the replies already under way.
 */
import { CATALOGUE_FILE, type DataKind, type ToWorker, type WorkerReply } from './data-worker-protocol';
import { defaultSnapshotFile } from './snapshot-text';

type Load = Extract<ToWorker, { type: 'load' }>;
type Answer = (request: Load, signal?: AbortSignal, onRead?: (text: string) => void) => Promise<WorkerReply>;

interface Early {
  reply: Promise<WorkerReply>;
  /** Gives the file's text to `listener` once read (at once if it already is). */
  hear(listener: (text: string) => void): void;
}

const keyOf = (kind: DataKind, baseUrl: string, file: string) => `${kind} ${baseUrl}${file}`;

export function createPrefetch(answer: Answer) {
  const early = new Map<string, Early>();
  const begin = (kind: DataKind, baseUrl: string, file: string, onRead?: (text: string) => void) => {
    let text: string | undefined;
    let listener: ((text: string) => void) | undefined;
    const reply = answer({ type: 'load', id: 0, kind, baseUrl, file }, undefined, (read) => {
      text = read;
      listener?.(read);
      onRead?.(read);
    });
    const hear = (l: (text: string) => void) => (text === undefined ? (listener = l) : l(text));
    early.set(keyOf(kind, baseUrl, file), { reply, hear });
  };
  return {
    /**
     * Starts reading the catalogue under `baseUrl`, then the snapshot it names as the default as soon as its
     * text is in, before the catalogue is checked: the read is only ahead of the page, which uses it only when
     * the checked catalogue names that file, and the snapshot gets its own checks.
     */
    start(baseUrl: string): void {
      begin('catalogue', baseUrl, CATALOGUE_FILE, (text) => {
        const file = defaultSnapshotFile(text);
        if (file) begin('snapshot', baseUrl, file);
      });
    },
    /**
     * The reply started early for this request, given once: a later request for the same file (Try again,
     * a refetch) reads it afresh, so an early failure is never served twice. `onRead` hears the text as the
     * request's own read would have given it.
     */
    take(request: Load, onRead?: (text: string) => void): Promise<WorkerReply> | undefined {
      const key = keyOf(request.kind, request.baseUrl, request.file);
      const found = early.get(key);
      early.delete(key);
      if (!found) return undefined;
      if (onRead) found.hear(onRead);
      return found.reply.then((r) => ({ ...r, id: request.id }));
    },
  };
}

/**
 * The data worker reads the catalogue and its default snapshot as soon as the page's starter creates it,
 * while the app's own code is still loading (0.2–0.4 s on this machine class, more on a phone); the page's
 * first requests for those files then take the replies already under way.
 */
import { CATALOGUE_FILE, type DataKind, type ToWorker, type WorkerReply } from './data-worker-protocol';
import { defaultSnapshotFile } from './snapshot-text';

type Load = Extract<ToWorker, { type: 'load' }>;
type Answer = (
  request: Load,
  signal?: AbortSignal,
  onRead?: (text: string) => void,
  given?: string,
) => Promise<WorkerReply>;

interface Early {
  reply: Promise<WorkerReply>;
  /** Gives the file's text to `listener` once read (at once if it already is). */
  hear(listener: (text: string) => void): void;
}

const keyOf = (kind: DataKind, baseUrl: string, file: string) => `${kind} ${baseUrl}${file}`;

/**
 * `push` sends the page the default snapshot's text as soon as it is read, when the page has not asked for it
 * yet: the page, busy starting, may ask only once the worker is deep in checking it, and would then get the
 * text (and parse it) after the checks instead of during them.
 */
export function createPrefetch(answer: Answer, push?: (url: string, text: string) => void) {
  const early = new Map<string, Early>();
  // Pushed only once the page listens, which its first request says: a dedicated worker's messages are not held
  // for a page that has not set its handler yet (the app's code still loading), they are lost.
  let listening = false;
  const unsent: [url: string, text: string][] = [];
  const send = (url: string, text: string) => (listening ? push?.(url, text) : unsent.push([url, text]));
  const begin = (
    kind: DataKind,
    baseUrl: string,
    file: string,
    onRead?: (text: string) => void,
    unheard?: (text: string) => void,
    given?: string,
  ) => {
    let text: string | undefined;
    let listener: ((text: string) => void) | undefined;
    let pushed = false;
    const reply = answer(
      { type: 'load', id: 0, kind, baseUrl, file },
      undefined,
      (read) => {
        text = read;
        onRead?.(read);
        if (listener) listener(read);
        else if (unheard) {
          pushed = true;
          unheard(read);
        }
      },
      given,
    );
    // A text pushed is not sent again: the page holds it for the request that takes this reply.
    const hear = (l: (text: string) => void) => {
      if (pushed) return;
      if (text === undefined) listener = l;
      else l(text);
    };
    early.set(keyOf(kind, baseUrl, file), { reply, hear });
  };
  return {
    /**
     * Starts reading the catalogue under `baseUrl` (or checking the `catalogue` text the starter read), then
     * the snapshot it names as the default as soon as its text is in, before the catalogue is checked: the
     * read is only ahead of the page, which uses it only when the checked catalogue names that file, and the
     * snapshot gets its own checks. Once the page has asked for something it reads for itself: a late start
     * would read files it may never take.
     */
    start(baseUrl: string, catalogue?: string): void {
      if (listening) return;
      const readDefault = (text: string) => {
        const file = defaultSnapshotFile(text);
        if (file)
          begin('snapshot', baseUrl, file, undefined, push && ((read) => send(`${baseUrl}${file}`, read)));
      };
      begin('catalogue', baseUrl, CATALOGUE_FILE, readDefault, undefined, catalogue);
    },
    /** The page has asked for something, so it listens: what was read ahead for it is pushed now. */
    listens(): void {
      if (listening) return;
      listening = true;
      for (const [url, text] of unsent.splice(0)) push?.(url, text);
    },
    /**
     * The reply started early for this request, given once: a later request for the same file (Try again,
     * a refetch) reads it afresh, so an early failure is never served twice. `onRead` hears the text as the
     * request's own read would have given it, unless it was pushed to the page before the page asked.
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

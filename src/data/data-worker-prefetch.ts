/**
 * The data worker reads the catalogue and its default snapshot as soon as the page's starter creates it,
 * while the app's own code is still loading (0.2–0.4 s on this machine class, more on a phone); the page's
 * first requests for those files then take the replies already under way.
 */
import { CATALOGUE_FILE, type DataKind, type ToWorker, type WorkerReply } from './data-worker-protocol';
import { partSender, type TextListener } from './data-worker-text';
import { defaultSnapshotFile } from './snapshot-text';

type Load = Extract<ToWorker, { type: 'load' }>;
type Answer = (
  request: Load,
  signal?: AbortSignal,
  heard?: TextListener,
  given?: string,
) => Promise<WorkerReply>;

interface Early {
  reply: Promise<WorkerReply>;
  /** Gives the file's text to `listener` as it arrives (all of it at once if it is already in). */
  hear(listener: TextListener): void;
}

const keyOf = (kind: DataKind, baseUrl: string, file: string) => `${kind} ${baseUrl}${file}`;

/**
 * `push` sends the page the default snapshot's text as it is read, when the page has not asked for it yet:
 * the page, busy starting, may ask only once the worker is deep in checking it, and would then get the text
 * (and parse it) after the checks instead of during them. It is sent in parts and then the rest
 * (data-worker-text.ts), each message under the file's URL.
 */
export function createPrefetch(
  answer: Answer,
  push?: (url: string, message: { part: string } | { read: string }) => void,
) {
  const early = new Map<string, Early>();
  // Pushed only once the page listens, which its first request says: a dedicated worker's messages are not held
  // for a page that has not set its handler yet (the app's code still loading), they are lost.
  let listening = false;
  const unsent: [url: string, message: { part: string } | { read: string }][] = [];
  const pusher = (url: string): TextListener | undefined =>
    push && partSender((message) => (listening ? push(url, message) : unsent.push([url, message])));
  const begin = (
    kind: DataKind,
    baseUrl: string,
    file: string,
    onRead?: (text: string) => void,
    unheard?: TextListener,
    given?: string,
  ) => {
    let text: string | undefined;
    let listener: TextListener | undefined;
    // Where the text's pieces go, chosen at the first and kept to its end, so that the page gets them all, in
    // order, on one channel: to the request that took this read if one has, else pushed (`unheard`), else
    // nowhere. A request that takes it after pieces went nowhere gets the whole text at its end.
    let chosen = false;
    let channel: TextListener | undefined;
    const choose = () => {
      if (chosen) return;
      chosen = true;
      channel = listener ?? unheard;
    };
    const reply = answer(
      { type: 'load', id: 0, kind, baseUrl, file },
      undefined,
      {
        part: (piece) => {
          choose();
          channel?.part(piece);
        },
        read: (read) => {
          text = read;
          onRead?.(read);
          choose();
          (channel ?? listener)?.read(read);
        },
      },
      given,
    );
    // A text under way to the page (pushed, or heard by an earlier request) is not sent again: the page holds
    // it for the request that takes this reply.
    const hear = (l: TextListener) => {
      if (channel) return;
      if (text === undefined) listener = l;
      else l.read(text);
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
        if (file) begin('snapshot', baseUrl, file, undefined, pusher(`${baseUrl}${file}`));
      };
      begin('catalogue', baseUrl, CATALOGUE_FILE, readDefault, undefined, catalogue);
    },
    /** The page has asked for something, so it listens: what was read ahead for it is pushed now. */
    listens(): void {
      if (listening) return;
      listening = true;
      for (const [url, message] of unsent.splice(0)) push?.(url, message);
    },
    /**
     * The reply started early for this request, given once: a later request for the same file (Try again,
     * a refetch) reads it afresh, so an early failure is never served twice. `heard` hears the text as the
     * request's own read would have given it, unless it had begun going to the page pushed before the page
     * asked.
     */
    take(request: Load, heard?: TextListener): Promise<WorkerReply> | undefined {
      const key = keyOf(request.kind, request.baseUrl, request.file);
      const found = early.get(key);
      early.delete(key);
      if (!found) return undefined;
      if (heard) found.hear(heard);
      return found.reply.then((r) => ({ ...r, id: request.id }));
    },
  };
}

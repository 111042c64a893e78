/**
 * The data worker reads the catalogue and its default snapshot as soon as the page's starter creates it,
 * while the app's own code is still loading (0.2–0.4 s on this machine class, more on a phone); the page's
 * first requests for those files then take the replies already under way.
 */
import { CATALOGUE_FILE, type DataKind, type FromWorker, type ToWorker } from './data-worker-protocol';

type Load = Extract<ToWorker, { type: 'load' }>;
type Answer = (request: Load) => Promise<FromWorker>;

const keyOf = (kind: DataKind, baseUrl: string, file: string) => `${kind} ${baseUrl}${file}`;

export function createPrefetch(answer: Answer) {
  const early = new Map<string, Promise<FromWorker>>();
  const begin = (kind: DataKind, baseUrl: string, file: string) => {
    const reply = answer({ type: 'load', id: 0, kind, baseUrl, file });
    early.set(keyOf(kind, baseUrl, file), reply);
    return reply;
  };
  return {
    /** Starts reading the catalogue under `baseUrl`, then the snapshot it names as the default. */
    start(baseUrl: string): void {
      // Registered before any reply reaches the page: the page asks for the snapshot only after it has the
      // catalogue, and by then the snapshot's read is under way and found here.
      void begin('catalogue', baseUrl, CATALOGUE_FILE).then((reply) => {
        if (!reply.ok || !('value' in reply)) return;
        const catalogue = reply.value;
        const entry = catalogue.snapshots.find((s) => s.id === catalogue.default);
        if (entry) void begin('snapshot', baseUrl, entry.file);
      });
    },
    /**
     * The reply started early for this request, given once: a later request for the same file (Try again,
     * a refetch) reads it afresh, so an early failure is never served twice.
     */
    take(request: Load): Promise<FromWorker> | undefined {
      const key = keyOf(request.kind, request.baseUrl, request.file);
      const reply = early.get(key);
      early.delete(key);
      return reply?.then((r) => ({ ...r, id: request.id }));
    },
  };
}

/**
 * The data worker: fetches, parses and checks the catalogue and snapshots off the page's main thread. A large
 * snapshot (10 MB at 100 times the shipped data) takes seconds of reading, parsing and checking, which on the
 * main thread would freeze scrolling, typing and every chart meanwhile. Only the checked result crosses back.
 */
import { answer } from './data-worker-answer';
import { createPrefetch } from './data-worker-prefetch';
import type { FromWorker, ToWorker } from './data-worker-protocol';

// The worker's global scope, typed to what is used here (the DOM library describes a window, not a worker).
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

const running = new Map<number, AbortController>();
const prefetch = createPrefetch(answer, (url, text) => scope.postMessage({ early: url, read: text }));

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'abort') {
    running.get(request.id)?.abort();
    running.delete(request.id);
    return;
  }
  if (request.type === 'prefetch') return prefetch.start(request.baseUrl, request.catalogue);
  prefetch.listens();
  const controller = new AbortController();
  running.set(request.id, controller);
  // A snapshot's text goes to the page as soon as it is read, to be parsed there while it is checked here.
  const onRead =
    request.kind === 'snapshot'
      ? (text: string) => {
          if (running.has(request.id)) scope.postMessage({ id: request.id, read: text });
        }
      : undefined;
  // An aborted request's early read goes on unheard: it may serve no one, but it is not cut for a reader.
  void (prefetch.take(request, onRead) ?? answer(request, controller.signal, onRead)).then((reply) => {
    if (running.delete(request.id)) scope.postMessage(reply);
  });
};

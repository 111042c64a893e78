/**
 * The data worker: fetches, parses and checks the catalogue and snapshots off the page's main thread. A large
 * snapshot (10 MB at 100 times the shipped data) takes seconds of reading, parsing and checking, which on the
 * main thread would freeze scrolling, typing and every chart meanwhile. Only the checked result crosses back.
 */
import { answer } from './data-worker-answer';
import { createPrefetch } from './data-worker-prefetch';
import { partSender } from './data-worker-text';
import type { FromWorker, ToWorker } from './data-worker-protocol';

// The worker's global scope, typed to what is used here (the DOM library describes a window, not a worker).
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

const running = new Map<number, AbortController>();
const prefetch = createPrefetch(answer, (url, message) => scope.postMessage({ early: url, ...message }));

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
  // A snapshot's text goes to the page as it is read, to be parsed there while it is checked here.
  const heard =
    request.kind === 'snapshot'
      ? partSender((message) => {
          if (running.has(request.id)) scope.postMessage({ id: request.id, ...message });
        })
      : undefined;
  // An aborted request's early read goes on unheard: it may serve no one, but it is not cut for a reader.
  void (prefetch.take(request, heard) ?? answer(request, controller.signal, heard)).then((reply) => {
    if (running.delete(request.id)) scope.postMessage(reply);
  });
};

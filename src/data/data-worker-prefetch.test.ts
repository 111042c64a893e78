/**
 * The worker's early read of the catalogue and its default snapshot: the page's first request for each takes
 * the reply under way, once; anything else, and any later request, is read afresh.
 */
import { describe, expect, it } from 'vitest';
import { createPrefetch } from './data-worker-prefetch';
import type { ToWorker, WorkerReply } from './data-worker-protocol';
import type { TextListener } from './data-worker-text';

type Load = Extract<ToWorker, { type: 'load' }>;

const CATALOGUE = {
  default: 'b',
  snapshots: [
    { id: 'a', file: 'a.json' },
    { id: 'b', file: 'b.json' },
  ],
};

const textOf = (request: Load) =>
  request.kind === 'catalogue' ? JSON.stringify(CATALOGUE) : `{"file":"${request.file}"}`;

/** A snapshot's text as it arrives: two pieces. */
const piecesOf = (text: string) => [text.slice(0, 8), text.slice(8)];

/**
 * Answers as the worker would, recording what it was asked to read: gives `heard` a snapshot's text in pieces
 * as it arrives and then whole, and replies once the checks are done, which is when `checked()` is called (at
 * once unless `hold`).
 */
function reader(fail: string[] = [], hold = false) {
  const read: string[] = [];
  const waiting: (() => void)[] = [];
  const answer = (
    request: Load,
    _?: AbortSignal,
    heard?: TextListener,
    given?: string,
  ): Promise<WorkerReply> => {
    read.push(`${request.baseUrl}${request.file}${given === undefined ? '' : ' (given)'}`);
    if (fail.includes(request.file))
      return Promise.resolve({
        id: request.id,
        ok: false,
        error: { name: 'Error', message: `${request.file}: HTTP 500` },
      });
    return Promise.resolve().then(() => {
      const text = given ?? textOf(request);
      if (request.kind === 'snapshot') for (const piece of piecesOf(text)) heard?.part(piece);
      heard?.read(text);
      const reply = {
        id: request.id,
        ok: true,
        value: request.kind === 'catalogue' ? CATALOGUE : { file: request.file },
      } as WorkerReply;
      return new Promise<WorkerReply>((resolve) =>
        hold ? waiting.push(() => resolve(reply)) : resolve(reply),
      );
    });
  };
  return { read, answer, checked: () => waiting.splice(0).forEach((go) => go()) };
}

/**
 * Answers as `reader` does, but a snapshot's pieces come one per `step()`, the first in the task after the read
 * begins unless stepped before; the text and the reply come after the last.
 */
function stepwise() {
  const steps: (() => void)[] = [];
  const step = () => steps.shift()?.();
  const answer = (request: Load, _?: AbortSignal, heard?: TextListener, given?: string) =>
    new Promise<WorkerReply>((resolve) => {
      const text = given ?? textOf(request);
      const reply = { id: request.id, ok: true, value: CATALOGUE } as WorkerReply;
      if (request.kind === 'catalogue') return void (heard?.read(text), resolve(reply));
      for (const piece of piecesOf(text)) steps.push(() => heard?.part(piece));
      steps.push(() => (heard?.read(text), resolve(reply)));
      const run = () => (steps.length ? (step(), setTimeout(run, 0)) : undefined);
      setTimeout(run, 0);
    });
  return { answer, step };
}

const load = (id: number, kind: Load['kind'], file: string): Load => ({
  type: 'load',
  id,
  kind,
  baseUrl: '/mic/',
  file,
});
const settle = () => new Promise((r) => setTimeout(r, 0));

/** A listener that writes down what it hears, `part …` for each piece and `read …` for the whole text. */
function ear() {
  const heard: string[] = [];
  const listener: TextListener = {
    part: (piece) => heard.push(`part ${piece}`),
    read: (text) => heard.push(`read ${text}`),
  };
  return { heard, listener };
}

describe('the data worker reading ahead of the page', () => {
  it('reads the catalogue and then the snapshot it names as the default, under the base URL', async () => {
    const { read, answer } = reader();
    createPrefetch(answer).start('/mic/');
    await settle();
    expect(read).toEqual(['/mic/index.json', '/mic/b.json']);
  });

  it("checks the catalogue text the page's starter read instead of reading the file again", async () => {
    const { read, answer } = reader();
    const prefetch = createPrefetch(answer);
    prefetch.start('/mic/', JSON.stringify({ ...CATALOGUE, default: 'a' }));
    await settle();
    // The default is the given text's, not the file's.
    expect(read).toEqual(['/mic/index.json (given)', '/mic/a.json']);
    expect(await prefetch.take(load(1, 'catalogue', 'index.json'))).toMatchObject({ id: 1, ok: true });
  });

  it('reads nothing ahead once the page has asked for something: it reads for itself then', async () => {
    const { read, answer } = reader();
    const prefetch = createPrefetch(answer);
    prefetch.listens();
    prefetch.start('/mic/', JSON.stringify(CATALOGUE));
    await settle();
    expect(read).toEqual([]);
    expect(prefetch.take(load(1, 'catalogue', 'index.json'))).toBeUndefined();
  });

  it("starts reading the snapshot as soon as the catalogue's text is in, before its checks end", async () => {
    const { read, answer, checked } = reader([], true);
    createPrefetch(answer).start('/mic/');
    await settle();
    expect(read).toEqual(['/mic/index.json', '/mic/b.json']);
    checked();
  });

  it('gives the page the text of an early read, at once if it is in, else as it comes', async () => {
    const { answer, checked } = reader([], true);
    const prefetch = createPrefetch(answer);
    prefetch.start('/mic/');
    await settle();
    const now = ear();
    const reply = prefetch.take(load(4, 'snapshot', 'b.json'), now.listener);
    expect(now.heard).toEqual(['read {"file":"b.json"}']);
    checked();
    expect(await reply).toMatchObject({ id: 4, ok: true });

    const later = createPrefetch(stepwise().answer);
    later.start('/mic/'); // the catalogue is in at once, and the snapshot's read has begun
    const coming = ear();
    const snapshot = later.take(load(5, 'snapshot', 'b.json'), coming.listener);
    expect(coming.heard).toEqual([]);
    await snapshot;
    expect(coming.heard).toEqual(['part {"file":', 'part "b.json"}', 'read {"file":"b.json"}']);
  });

  it('gives a request that takes a read whose first pieces went to no one the whole text at its end', async () => {
    const { answer, step } = stepwise();
    const prefetch = createPrefetch(answer);
    prefetch.start('/mic/');
    await settle();
    step(); // its pieces come while no request has taken the read, and nothing is pushed
    const { heard, listener } = ear();
    const snapshot = prefetch.take(load(6, 'snapshot', 'b.json'), listener);
    await snapshot;
    expect(heard).toEqual(['read {"file":"b.json"}']);
  });

  it('pushes the default snapshot read before the page asked for it, and then does not send it again', async () => {
    const { answer, checked } = reader([], true);
    const pushed: string[] = [];
    const prefetch = createPrefetch(answer, (url, message) =>
      pushed.push(`${url} ${JSON.stringify(message)}`),
    );
    prefetch.start('/mic/');
    await settle();
    // Held until the page listens (its first request): a worker's message to a page without a handler is lost.
    expect(pushed).toEqual([]);
    prefetch.listens();
    // The snapshot only, not the catalogue; its pieces, far under a part's size, go with the rest at its end.
    expect(pushed).toEqual(['/mic/b.json {"read":"{\\"file\\":\\"b.json\\"}"}']);
    const { heard, listener } = ear();
    const reply = prefetch.take(load(9, 'snapshot', 'b.json'), listener);
    checked();
    expect(await reply).toMatchObject({ id: 9, ok: true });
    expect(heard).toEqual([]);
  });

  it('keeps a text it began to push on that channel when the page asks for it halfway', async () => {
    let rest = () => {};
    const halfway = (request: Load, _?: AbortSignal, heard?: TextListener, given?: string) =>
      new Promise<WorkerReply>((resolve) => {
        const text = given ?? textOf(request);
        const [first, second] = piecesOf(text);
        const done = () =>
          resolve({ id: request.id, ok: false, error: { name: 'Error', message: 'not here' } });
        if (request.kind === 'catalogue') return void (heard?.read(text), done());
        heard?.part(`${first}`);
        rest = () => {
          heard?.part(`${second}`);
          heard?.read(text);
          done();
        };
      });
    const pushed: string[] = [];
    const prefetch = createPrefetch(halfway, (_url, message) => pushed.push(JSON.stringify(message)));
    prefetch.start('/mic/');
    await settle();
    prefetch.listens();
    const { heard, listener } = ear();
    void prefetch.take(load(3, 'snapshot', 'b.json'), listener);
    rest();
    expect(heard).toEqual([]);
    expect(pushed).toEqual([JSON.stringify({ read: '{"file":"b.json"}' })]);
  });

  it("does not push a read the page asked for first: the page gets it as its request's text", () => {
    let release = () => {};
    const slow = (request: Load, _?: AbortSignal, heard?: TextListener) =>
      new Promise<WorkerReply>((resolve) => {
        const read = () => {
          heard?.read(textOf(request));
          resolve({ id: request.id, ok: false, error: { name: 'Error', message: 'not checked here' } });
        };
        if (request.kind === 'catalogue') read();
        else release = read; // the snapshot's read comes in when the test says
      });
    const pushed: string[] = [];
    const prefetch = createPrefetch(slow, (url) => pushed.push(url));
    prefetch.start('/mic/');
    prefetch.listens();
    const { heard, listener } = ear();
    void prefetch.take(load(2, 'snapshot', 'b.json'), listener);
    release();
    expect(heard).toEqual(['read {"file":"b.json"}']);
    expect(pushed).toEqual([]);
  });

  it("answers the page's first request for each with the early reply, under the request's id", async () => {
    const { read, answer } = reader();
    const prefetch = createPrefetch(answer);
    prefetch.start('/mic/');
    expect(await prefetch.take(load(7, 'catalogue', 'index.json'))).toEqual({
      id: 7,
      ok: true,
      value: CATALOGUE,
    });
    expect(await prefetch.take(load(8, 'snapshot', 'b.json'))).toEqual({
      id: 8,
      ok: true,
      value: { file: 'b.json' },
    });
    expect(read).toHaveLength(2);
  });

  it('gives each early reply once: a retry reads the file again, so a failure is not served twice', async () => {
    const { answer } = reader(['index.json']);
    const prefetch = createPrefetch(answer);
    prefetch.start('/mic/');
    const first = await prefetch.take(load(1, 'catalogue', 'index.json'));
    expect(first).toMatchObject({ id: 1, ok: false });
    expect(prefetch.take(load(2, 'catalogue', 'index.json'))).toBeUndefined();
    // No catalogue, so no default snapshot was read either.
    await settle();
    expect(prefetch.take(load(3, 'snapshot', 'b.json'))).toBeUndefined();
  });

  it('has nothing for another snapshot, another base URL or before it is started', async () => {
    const { answer } = reader();
    const prefetch = createPrefetch(answer);
    expect(prefetch.take(load(1, 'catalogue', 'index.json'))).toBeUndefined();
    prefetch.start('/mic/');
    await settle();
    expect(prefetch.take(load(2, 'snapshot', 'a.json'))).toBeUndefined();
    expect(prefetch.take({ ...load(3, 'catalogue', 'index.json'), baseUrl: '/' })).toBeUndefined();
  });
});

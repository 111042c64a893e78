/**
 * Loading through the data worker gives what parsing in the page gives: the checked snapshot, or the same
 * SnapshotError or FetchError naming the file and JSON path. A worker whose script cannot run leaves the page
 * loading the data itself. The worker is stood in for by one that answers with data-worker-answer.ts (what the
 * real worker runs) and copies every message as the browser does (structuredClone).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataFile } from '../../test/support/msw-server';
import { errorFromWire, errorToWire, type ToWorker, type WorkerReply } from './data-worker-protocol';
import { partSender } from './data-worker-text';
import { FetchError, SnapshotError } from './errors';

const files: Record<string, { body: string; status?: number }> = {};

function serve(name: string, body: string, status = 200) {
  files[name] = { body, status };
}

beforeEach(() => {
  vi.resetModules();
  serve('index.json', fixtureDataFile('index.json'));
  serve('mic-2021.json', fixtureDataFile('mic-2021.json'));
  vi.stubGlobal('fetch', (url: string) => {
    const file = files[url.replace(/^.*\/data\//, '')];
    return Promise.resolve(
      file ? new Response(file.body, { status: file.status }) : new Response('', { status: 404 }),
    );
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * What the worker runs (data-worker-answer.ts), from this test's modules: it loads its checks when it first
 * reads, and they must be the modules the test's classes and fingerprints come from (reset before each test).
 */
const answerNow: typeof import('./data-worker-answer').answer = async (...args) =>
  (await import('./data-worker-answer')).answer(...args);

/** What main-thread code sees of a worker, run in this process. */
class StandInWorker {
  static started = 0;
  /** The worker made last, for a test that reads what it received or pushes through it. */
  static last: StandInWorker | undefined;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  readonly received: ToWorker[] = [];
  constructor() {
    StandInWorker.started++;
    StandInWorker.last = this;
  }
  postMessage(message: ToWorker) {
    this.received.push(structuredClone(message));
    if (message.type === 'load') this.answer(message);
  }
  /**
   * As data.worker.ts answers: a snapshot's text in parts as it is read, the rest once it is all in, then the
   * verdict of its checks. Every piece read goes as a part here (the worker joins them into larger ones).
   */
  answer(message: Extract<ToWorker, { type: 'load' }>, mark = (reply: WorkerReply) => reply) {
    const send = (data: object) => this.onmessage?.({ data: structuredClone({ id: message.id, ...data }) });
    const heard = message.kind === 'snapshot' ? partSender(send, 1) : undefined;
    void answerNow(message, undefined, heard).then((reply) =>
      this.onmessage?.({ data: structuredClone(mark(reply)) }),
    );
  }
  terminate() {}
}

/** A worker whose script fails to load, as with a host that refuses it. */
class BrokenWorker extends StandInWorker {
  postMessage() {
    setTimeout(() => this.onerror?.({ preventDefault() {} }), 0);
  }
}

async function loader(worker?: typeof StandInWorker) {
  if (worker) vi.stubGlobal('Worker', worker);
  return (await import('./load-data')).loadDataFile;
}

describe('loading data through the worker', () => {
  it('gives the checked catalogue and snapshot, as parsing in the page does', async () => {
    const inWorker = await loader(StandInWorker);
    const snapshot = await inWorker('snapshot', '/', 'mic-2021.json');
    const catalogue = await inWorker('catalogue', '/', 'index.json');
    vi.resetModules();
    vi.stubGlobal('Worker', undefined);
    const inPage = await loader();
    expect(snapshot).toEqual(await inPage('snapshot', '/', 'mic-2021.json'));
    expect(catalogue).toEqual(await inPage('catalogue', '/', 'index.json'));
    expect(catalogue.default).toBe('mic-2021');
  });

  it("reports a catalogue text from the page's starter that is not JSON as the file's SnapshotError", async () => {
    const reply = await answerNow(
      { type: 'load', id: 3, kind: 'catalogue', baseUrl: '/', file: 'index.json' },
      undefined,
      undefined,
      '<html>not the catalogue</html>',
    );
    if (reply.ok) throw new Error('a text that is not JSON passed');
    const error = errorFromWire(reply.error);
    expect(error).toBeInstanceOf(SnapshotError);
    expect(error).toMatchObject({ file: 'index.json', problems: [{ path: '$' }] });
    expect(error.message).toMatch(/^index\.json: \$: not valid JSON/);
  });

  it('sends the text as read, then the fingerprint the worker made of it, so the page does not hash it again', async () => {
    const parts: string[] = [];
    const read: string[] = [];
    const reply = await answerNow(
      { type: 'load', id: 1, kind: 'snapshot', baseUrl: '/', file: 'mic-2021.json' },
      undefined,
      { part: (piece) => parts.push(piece), read: (text) => read.push(text) },
    );
    // The file's text itself crosses, not a clone of the parsed object (snapshot-text.ts says why): in pieces
    // as it arrives, and whole at its end.
    expect(parts.join('')).toBe(fixtureDataFile('mic-2021.json'));
    expect(read).toEqual([fixtureDataFile('mic-2021.json')]);
    if (!reply.ok || !('passed' in reply)) throw new Error('the fixture snapshot did not load');
    const { textFingerprint } = await import('./fingerprint');
    expect(reply.fingerprint).toBe(textFingerprint('mic-2021', fixtureDataFile('mic-2021.json')));

    /** Marks the fingerprint it sends, to tell it from one the page would make. */
    class MarkingWorker extends StandInWorker {
      postMessage(message: ToWorker) {
        if (message.type === 'load')
          this.answer(message, (r) => (r.ok ? { ...r, fingerprint: 'from-the-worker' } : r));
      }
    }
    const load = await loader(MarkingWorker);
    const snapshot = await load('snapshot', '/', 'mic-2021.json');
    const pageSide = await import('./fingerprint');
    expect(pageSide.snapshotFingerprint(snapshot)).toBe('from-the-worker');
  });

  it('gives out no snapshot whose checks failed, though its text reached the page', async () => {
    const snapshot = JSON.parse(fixtureDataFile('mic-2021.json')) as { primarySource: string };
    snapshot.primarySource = 'nowhere';
    serve('unknown-source.json', JSON.stringify(snapshot));
    const reply = await answerNow({
      type: 'load',
      id: 1,
      kind: 'snapshot',
      baseUrl: '/',
      file: 'unknown-source.json',
    });
    expect(reply).not.toHaveProperty('passed');
    expect(reply.ok).toBe(false);
    let read = 0;
    class CountingWorker extends StandInWorker {
      postMessage(message: ToWorker) {
        if (message.type !== 'load') return;
        const page = this.onmessage;
        this.onmessage = (event) => {
          if (typeof event.data === 'object' && event.data !== null && 'read' in event.data) read++;
          page?.(event);
        };
        this.answer(message);
      }
    }
    const load = await loader(CountingWorker);
    const error = await load('snapshot', '/', 'unknown-source.json').catch((e: unknown) => e);
    expect(read).toBe(1);
    expect(error).toBeInstanceOf((await import('./errors')).SnapshotError);
    expect((error as SnapshotError).problems.map((p) => p.path)).toContain('$.primarySource');
  });

  it('says so, rather than wait for ever, when the worker passes a snapshot whose text it never sent', async () => {
    class SilentWorker extends StandInWorker {
      postMessage(message: ToWorker) {
        if (message.type !== 'load') return;
        const reply = { id: message.id, ok: true, passed: true, fingerprint: 'x' };
        setTimeout(() => this.onmessage?.({ data: reply }), 0);
      }
    }
    const load = await loader(SilentWorker);
    await expect(load('snapshot', '/', 'mic-2021.json')).rejects.toThrow(
      'mic-2021.json: the data worker passed a snapshot it did not send',
    );
  });

  it('gives the page an index whose entries are the snapshot it received', async () => {
    const load = await loader(StandInWorker);
    const snapshot = await load('snapshot', '/', 'mic-2021.json');
    const index = (await import('./snapshot-index')).snapshotIndex(snapshot);
    const source = snapshot.sources[0]!;
    expect(index.sources.get(source.id)).toBe(source);
    const point = snapshot.growth.series[0]!.points[0]!;
    expect(index.figures.get(point.id)).toBe(point);
    expect(index.located.find(({ figure }) => figure === point)?.path).toBe('$.growth.series[0].points[0]');
  });

  it('reports a broken file as a SnapshotError with its file and JSON path', async () => {
    const snapshot = JSON.parse(fixtureDataFile('mic-2021.json')) as { sources: Array<{ url?: string }> };
    snapshot.sources[0]!.url = 'not a url';
    serve('broken.json', JSON.stringify(snapshot));
    const load = await loader(StandInWorker);
    const error = await load('snapshot', '/', 'broken.json').catch((e: unknown) => e);
    // The modules are fresh for each test (each starts without a worker): so is the class.
    expect(error).toBeInstanceOf((await import('./errors')).SnapshotError);
    expect((error as SnapshotError).file).toBe('broken.json');
    expect((error as SnapshotError).problems.map((p) => p.path)).toContain('$.sources[0].url');
  });

  it('reports a missing file as a FetchError with its HTTP status', async () => {
    const load = await loader(StandInWorker);
    const error = await load('snapshot', '/', 'gone.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf((await import('./errors')).FetchError);
    expect((error as FetchError).status).toBe(404);
    expect((error as FetchError).message).toBe('gone.json: HTTP 404');
  });

  it('starts one worker for every load, and tells it when a load is no longer wanted', async () => {
    StandInWorker.started = 0;
    const load = await loader(StandInWorker);
    const controller = new AbortController();
    const cancelled = load('snapshot', '/', 'mic-2021.json', controller.signal);
    controller.abort();
    await expect(cancelled).rejects.toThrow();
    await load('catalogue', '/', 'index.json');
    expect(StandInWorker.started).toBe(1);
    expect(StandInWorker.last?.received.map((m) => m.type)).toEqual(['load', 'abort', 'load']);
  });

  it('loads in the page when the worker cannot run', async () => {
    const load = await loader(BrokenWorker);
    const snapshot = await load('snapshot', '/', 'mic-2021.json');
    expect(snapshot.id).toBe('mic-2021');
    // …and from then on without trying the worker again.
    BrokenWorker.started = 0;
    await load('catalogue', '/', 'index.json');
    expect(BrokenWorker.started).toBe(0);
  });
});

describe('the worker the page started before the app loaded', () => {
  it('is the one the app uses, without starting another', async () => {
    const load = await loader(StandInWorker);
    const early = new StandInWorker();
    StandInWorker.started = 0;
    vi.stubGlobal('window', { micDataWorker: { worker: early, failed: false } });
    const snapshot = await load('snapshot', '/', 'mic-2021.json');
    expect(snapshot.id).toBe('mic-2021');
    expect(StandInWorker.started).toBe(0);
    expect(early.received.map((m) => m.type)).toEqual(['load']);
  });

  it('leaves the page loading the data itself when its script failed', async () => {
    const load = await loader(StandInWorker);
    const early = new BrokenWorker();
    StandInWorker.started = 0;
    vi.stubGlobal('window', { micDataWorker: { worker: early, failed: true } });
    const snapshot = await load('snapshot', '/', 'mic-2021.json');
    expect(snapshot.id).toBe('mic-2021');
    expect(StandInWorker.started).toBe(0);
  });
});

describe("the default snapshot's text, read ahead before the page asked for it", () => {
  /**
   * A worker whose prefetch read `url` ahead: `push()` sends its text as the real one does. A request that takes
   * that read (`resend` false) gets only the verdict on it; one read afresh gets its own text first.
   */
  async function pushing(url: string, text: string, resend: boolean) {
    const load = await loader(
      class extends StandInWorker {
        postMessage(message: ToWorker) {
          if (message.type !== 'load') return;
          if (resend || message.kind === 'catalogue') return this.answer(message);
          void answerNow(message).then((reply) => this.onmessage?.({ data: structuredClone(reply) }));
        }
      },
    );
    await load('catalogue', '/', 'index.json'); // the page starts listening to the worker
    // In parts, as the worker pushes a text it is reading, then the rest.
    const third = Math.ceil(text.length / 3);
    const messages = [{ part: text.slice(0, third) }, { part: text.slice(third, 2 * third) }];
    return {
      load,
      push: () =>
        [...messages, { read: text.slice(2 * third) }].forEach((message) =>
          StandInWorker.last?.onmessage?.({ data: structuredClone({ early: url, ...message }) }),
        ),
    };
  }

  it("is the page's snapshot when its first request takes that read, pushed before or after it asked", async () => {
    const before = await pushing('/mic-2021.json', fixtureDataFile('mic-2021.json'), false);
    before.push();
    expect((await before.load('snapshot', '/', 'mic-2021.json')).id).toBe('mic-2021');

    vi.resetModules();
    const crossed = await pushing('/mic-2021.json', fixtureDataFile('mic-2021.json'), false);
    const loading = crossed.load('snapshot', '/', 'mic-2021.json');
    crossed.push();
    expect((await loading).id).toBe('mic-2021');
  });

  it('gives way to the text of a read afresh, whose verdict the reply is', async () => {
    const stale = JSON.parse(fixtureDataFile('mic-2021.json')) as { title: { en: string } };
    stale.title.en = 'An older text of the file';
    const { load, push } = await pushing('/mic-2021.json', JSON.stringify(stale), true);
    push();
    const snapshot = await load('snapshot', '/', 'mic-2021.json');
    expect(snapshot.title.en).toBe(
      (JSON.parse(fixtureDataFile('mic-2021.json')) as { title: { en: string } }).title.en,
    );
  });

  it('is used for no other file', async () => {
    const other = JSON.parse(fixtureDataFile('mic-2021.json')) as { title: { en: string } };
    other.title.en = 'Another file';
    const { load, push } = await pushing('/other.json', JSON.stringify(other), false);
    push();
    // The request's reply is a verdict with no text of its own: the file pushed is not taken for it.
    await expect(load('snapshot', '/', 'mic-2021.json')).rejects.toThrow('did not send');
  });
});

describe('errors crossing from the worker', () => {
  it('arrive as the same class with the same details', () => {
    const problems = [{ path: '$.growth[0].value', message: 'expected a number' }];
    const snapshotError = errorFromWire(structuredClone(errorToWire(new SnapshotError('a.json', problems))));
    expect(snapshotError).toBeInstanceOf(SnapshotError);
    expect(snapshotError).toMatchObject({
      file: 'a.json',
      problems,
      message: 'a.json: $.growth[0].value: expected a number',
    });

    const fetchError = errorFromWire(
      structuredClone(errorToWire(new FetchError('b.json', null, 'no answer within 10 s', true))),
    );
    expect(fetchError).toBeInstanceOf(FetchError);
    expect(fetchError).toMatchObject({
      file: 'b.json',
      status: null,
      timedOut: true,
      message: 'b.json: no answer within 10 s',
    });

    const other = errorFromWire(structuredClone(errorToWire(new TypeError('boom'))));
    expect(other.message).toBe('boom');
  });
});

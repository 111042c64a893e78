/**
 * The worker's early read of the catalogue and its default snapshot: the page's first request for each takes
 * the reply under way, once; anything else, and any later request, is read afresh.
 */
import { describe, expect, it } from 'vitest';
import { createPrefetch } from './data-worker-prefetch';
import type { FromWorker, ToWorker } from './data-worker-protocol';

type Load = Extract<ToWorker, { type: 'load' }>;

const CATALOGUE = {
  default: 'b',
  snapshots: [
    { id: 'a', file: 'a.json' },
    { id: 'b', file: 'b.json' },
  ],
};

/** Answers as the worker would, recording what it was asked to read. */
function reader(fail: string[] = []) {
  const read: string[] = [];
  const answer = (request: Load): Promise<FromWorker> => {
    read.push(`${request.baseUrl}${request.file}`);
    return Promise.resolve(
      fail.includes(request.file)
        ? { id: request.id, ok: false, error: { name: 'Error', message: `${request.file}: HTTP 500` } }
        : ({
            id: request.id,
            ok: true,
            value: request.kind === 'catalogue' ? CATALOGUE : { file: request.file },
          } as FromWorker),
    );
  };
  return { read, answer };
}

const load = (id: number, kind: Load['kind'], file: string): Load => ({
  type: 'load',
  id,
  kind,
  baseUrl: '/mic/',
  file,
});
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the data worker reading ahead of the page', () => {
  it('reads the catalogue and then the snapshot it names as the default, under the base URL', async () => {
    const { read, answer } = reader();
    createPrefetch(answer).start('/mic/');
    await settle();
    expect(read).toEqual(['/mic/index.json', '/mic/b.json']);
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

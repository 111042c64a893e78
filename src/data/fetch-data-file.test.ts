/**
 * A data file read as text: decoded while its bytes arrive, exactly as `Response.text()` would decode it, and
 * every failure (HTTP, network, a body cut off, no answer in time) a FetchError naming the file.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchError } from './errors';
import { fetchDataFile } from './fetch-data-file';

/** A response whose body arrives in the given byte chunks, then ends (or fails with `fail`). */
function streamed(chunks: Uint8Array[], fail?: Error): Response {
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < chunks.length) controller.enqueue(chunks[next++]);
      else if (fail) controller.error(fail);
      else controller.close();
    },
  });
  return new Response(body, { status: 200 });
}

/** The bytes of `text` cut every `size` bytes, so that multi-byte characters fall across chunks. */
function cut(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

const TEXT =
  '{"title":{"en":"Moscow Innovation Cluster","ru":"Московский инновационный кластер"},"n":"≥ 7 000 🚀"}';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchDataFile', () => {
  it('decodes a body whose characters are split across chunks, as text() would, a byte-order mark dropped', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${TEXT}`);
    for (const size of [1, 2, 3, 5, 64]) {
      const fetch = vi.fn(() => Promise.resolve(streamed(cut(bytes, size))));
      vi.stubGlobal('fetch', fetch);
      expect(await fetchDataFile('/mic/', 'a.json')).toBe(TEXT);
      expect(fetch).toHaveBeenCalledWith('/mic/data/a.json', expect.anything());
    }
    expect(await new Response(bytes).text()).toBe(TEXT);
  });

  it('replaces bytes that are not UTF-8 as text() does, never failing on them', async () => {
    const bytes = new Uint8Array([0x7b, 0xff, 0xd0, 0x7d]);
    vi.stubGlobal('fetch', () => Promise.resolve(streamed(cut(bytes, 1))));
    expect(await fetchDataFile('/', 'a.json')).toBe(await new Response(bytes).text());
  });

  it('names the file and the status of an HTTP error', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('gone', { status: 404, statusText: 'Not Found' })),
    );
    const error = await fetchDataFile('/', 'a.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ file: 'a.json', status: 404, message: 'a.json: HTTP 404 Not Found' });
  });

  it('reports a body cut off halfway as a network error of that file', async () => {
    const bytes = new TextEncoder().encode(TEXT);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(streamed(cut(bytes, 8).slice(0, 3), new TypeError('reset'))),
    );
    const error = await fetchDataFile('/', 'a.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({
      file: 'a.json',
      status: null,
      detail: 'network error (reset)',
      timedOut: false,
    });
  });

  it('gives up on a body that never ends once the deadline passes, and says so', async () => {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"a":'));
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
        },
      });
      return Promise.resolve(new Response(body));
    });
    const error = await fetchDataFile('/', 'a.json', undefined, 50).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ file: 'a.json', timedOut: true, detail: 'no answer within 0.05 s' });
  });
});

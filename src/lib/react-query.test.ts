import { describe, expect, it } from 'vitest';
import { QueryObserver } from '@tanstack/react-query';
import { FetchError, SnapshotError } from '../data/errors';
import { createQueryClient, worthRetrying } from './react-query';

const network = () => new FetchError('mic-2021.json', null, 'network error');
const server = () => new FetchError('mic-2021.json', 503, 'HTTP 503');
const missing = () => new FetchError('mic-2021.json', 404, 'HTTP 404');
const deadline = () => new FetchError('mic-2021.json', null, 'no answer within 10 s', true);
const invalid = () => new SnapshotError('mic-2021.json', [{ path: '$.figures', message: 'Expected array' }]);

describe('worthRetrying', () => {
  it('asks again after a dropped connection or a server error, not after anything that would fail again', () => {
    expect(worthRetrying(network())).toBe(true);
    expect(worthRetrying(server())).toBe(true);
    expect(worthRetrying(missing())).toBe(false);
    expect(worthRetrying(deadline())).toBe(false);
    expect(worthRetrying(invalid())).toBe(false);
    expect(worthRetrying(new Error('bug'))).toBe(false);
  });
});

/** How many times the client asks for a file that fails with `error` every time. */
async function asks(error: () => Error) {
  let calls = 0;
  const client = createQueryClient();
  await client
    .fetchQuery({
      queryKey: ['snapshot'],
      queryFn: () => {
        calls++;
        throw error();
      },
      retryDelay: 0,
    })
    .catch(() => undefined);
  return { calls, client };
}

describe('createQueryClient', () => {
  it('asks once more after a dropped connection', async () => {
    expect((await asks(network)).calls).toBe(2);
  });

  it('shows an invalid or missing file at once, without asking for it again', async () => {
    expect((await asks(invalid)).calls).toBe(1);
    expect((await asks(missing)).calls).toBe(1);
  });

  it('does not ask again when a page mounts on a file that failed: the page shows the failure', async () => {
    const { calls, client } = await asks(invalid);
    let more = 0;
    const observer = new QueryObserver(client, {
      queryKey: ['snapshot'],
      queryFn: () => {
        more++;
        return {};
      },
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(observer.getCurrentResult().status).toBe('error');
    expect(calls + more).toBe(1);
    unsubscribe();
  });
});

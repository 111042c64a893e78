/**
 * A page in a chunk of its own: once its chunk is loaded it renders at once, with no loading line (React holds a
 * view revealed after one back for 300 ms); before, it suspends as `React.lazy` does. The starting page's chunks
 * are the ones its path names.
 */
import { act, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazy-page';
import { pageAt } from './pages';
import { EmbedChartPage, EmbedIndex, Overview, Present, preloadRoute } from './route-pages';

function chunk() {
  let arrive = () => {};
  const loaded = new Promise<{ default: (props: { name: string }) => React.JSX.Element }>((done) => {
    arrive = () => done({ default: ({ name }) => <p>page {name}</p> });
  });
  return { load: () => loaded, arrive: () => arrive() };
}

describe('a lazy page', () => {
  it('renders at once, without its loading line, once preloaded', async () => {
    const { load, arrive } = chunk();
    const Page = lazyPage(load);
    const preloading = Page.preload();
    arrive();
    await preloading;
    expect(Page.loaded()).toBe(true);
    render(
      <Suspense fallback={<p>loading</p>}>
        <Page name="a" />
      </Suspense>,
    );
    expect(screen.getByText('page a')).toBeTruthy();
    expect(screen.queryByText('loading')).toBeNull();
  });

  it('suspends until its chunk is in when not preloaded, and keeps its state once in', async () => {
    const { load, arrive } = chunk();
    const Page = lazyPage(load);
    function Counter() {
      const [n, setN] = useState(0);
      return (
        <button type="button" onClick={() => setN(n + 1)}>
          clicked {n}
        </button>
      );
    }
    render(
      <Suspense fallback={<p>loading</p>}>
        <Counter />
        <Page name="b" />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => {
      arrive();
      await Page.preload();
    });
    expect(await screen.findByText('page b')).toBeTruthy();
    // A page mounted before its chunk was in stays the same component: nothing under it is mounted afresh.
    act(() => screen.getByRole('button').click());
    expect(screen.getByText('clicked 1')).toBeTruthy();
    expect(screen.getByText('page b')).toBeTruthy();
  });

  it('may be asked for again after its chunk failed to load', async () => {
    let fail = true;
    const Page = lazyPage(() =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve({ default: () => <p>in</p> }),
    );
    await expect(Page.preload()).rejects.toThrow('offline');
    fail = false;
    await Page.preload();
    expect(Page.loaded()).toBe(true);
  });
});

describe('the chunks a starting page loads before its first render', () => {
  it('are its own page, and the page an embed or another page shows it in', async () => {
    await preloadRoute('/');
    expect(Overview.loaded()).toBe(true);
    await preloadRoute('/growth');
    expect(pageAt('growth')?.loaded()).toBe(true);
    await preloadRoute('/present');
    expect(Present.loaded()).toBe(true);
    await preloadRoute('/embed/');
    expect(EmbedIndex.loaded()).toBe(true);
    expect(EmbedChartPage.loaded()).toBe(false);
    await preloadRoute('/embed/sectors/members');
    expect(pageAt('sectors')?.loaded()).toBe(true);
    expect(EmbedChartPage.loaded()).toBe(true);
  });

  it('are none for a path that names no page', async () => {
    await expect(preloadRoute('/no-such-page')).resolves.toEqual([]);
  });
});

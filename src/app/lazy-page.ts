import { createElement, lazy, useState, type ComponentType, type ReactElement } from 'react';

type Module<P> = { default: ComponentType<P> };

/** A page in a chunk of its own that renders without suspending once the chunk has been preloaded. */
export interface LazyPage<P extends object> {
  (props: P): ReactElement;
  /** Loads the chunk; the page then renders at once wherever it is mounted after this. */
  preload(): Promise<void>;
  /** Whether the chunk is in: a page mounted now will not suspend. */
  loaded(): boolean;
}

/**
 * `React.lazy`, but one whose chunk can be loaded ahead of its first render. A `lazy` page suspends on its first
 * render even when its chunk is in, and React then shows the boundary's fallback and holds the content back
 * until 300 ms after it (React 19's throttle on revealing suspended content): a view opened afresh stood
 * finished and hidden for a quarter of a second. A page mounted once its chunk is in renders the chunk's
 * component itself; one mounted before keeps its `lazy` for good, since a page whose component changed would be
 * mounted afresh, losing its state.
 */
export function lazyPage<P extends object>(load: () => Promise<Module<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const Lazy = lazy(load);
  const Page = (props: P): ReactElement => {
    const [type] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(type, props);
  };
  Page.preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
      },
      (error: unknown) => {
        loading = null; // a chunk that failed to load (offline) may be asked for again
        throw error;
      },
    ));
  Page.loaded = () => loaded !== null;
  return Page;
}

import { useEffect, useState, type ComponentType } from 'react';

type Status = ComponentType<{ showReady?: boolean }>;

/**
 * Loads the offline module (service worker registration, offline note, update prompt) once the page is shown
 * and the browser is idle: it stays out of the first load and off its critical path. Renders nothing until
 * then, so pre-rendered HTML and hydration are unchanged.
 */
export function LazyOfflineStatus({ showReady }: { showReady?: boolean }) {
  const [Status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    let live = true;
    const load = () => void import('./offline-status').then((m) => live && setStatus(() => m.OfflineStatus));
    const start = () => {
      if (typeof window.requestIdleCallback === 'function')
        window.requestIdleCallback(load, { timeout: 2000 });
      else window.setTimeout(load, 500);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      live = false;
      window.removeEventListener('load', start);
    };
  }, []);
  return Status ? <Status showReady={showReady} /> : null;
}

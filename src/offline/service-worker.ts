/**
 * Registers the service worker (scripts/pwa.ts) and keeps its state for the offline note and the update
 * prompt. A new build's worker waits until the reader asks for it; the page reloads only then, and once.
 */
import { useSyncExternalStore } from 'react';

export interface OfflineState {
  /** The worker has precached the whole site: every page opens without a network. */
  ready: boolean;
  /** A newer build is installed and waiting for the reader's go-ahead. */
  updateWaiting: boolean;
}

let state: OfflineState = { ready: false, updateWaiting: false };
let waiting: ServiceWorker | null = null;
let started = false;
const listeners = new Set<() => void>();

function set(next: Partial<OfflineState>) {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

/** A worker that finished installing while another controls the page is a new build, not the first one. */
function watch(worker: ServiceWorker) {
  const check = () => {
    if (worker.state === 'installed' && navigator.serviceWorker.controller) {
      waiting = worker;
      set({ updateWaiting: true });
    }
  };
  check();
  worker.addEventListener('statechange', check);
}

/**
 * Links the web app manifest (scripts/pwa.ts keeps it out of the HTML, so the first paint does not wait behind
 * it): a browser offers to install the site from here on.
 */
function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = `${import.meta.env.BASE_URL}manifest.webmanifest`;
  document.head.append(link);
}

export async function registerServiceWorker(): Promise<void> {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  linkManifest();
  const container = navigator.serviceWorker;
  // Undefined where a tool stubs registration out (Playwright's `serviceWorkers: 'block'` does).
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register(`${import.meta.env.BASE_URL}sw.js`, {
      scope: import.meta.env.BASE_URL,
    });
  } catch {
    return; // blocked (private mode, a test browser) or no worker in this build: the site works online
  }
  if (!registration) return;
  const current = registration;
  if (current.waiting) watch(current.waiting);
  current.addEventListener('updatefound', () => {
    if (current.installing) watch(current.installing);
  });
  // An active worker has finished its install, that is the precache.
  void container.ready.then(() => set({ ready: true }));
}

/** Hands over to the waiting build; the page reloads when it takes control (once: no loop). */
export function applyUpdate(): void {
  if (!waiting) return;
  let reloaded = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloaded) return;
    reloaded = true;
    window.location.reload();
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useOfflineState(): OfflineState {
  return useSyncExternalStore(subscribe, () => state);
}

import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False while React renders at build time and while the browser hydrates that HTML, true otherwise (and at once
 * when the app is rendered afresh). For what only the visit can know, such as today's date or the full URL:
 * rendering it before hydration ends would differ from the pre-rendered HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

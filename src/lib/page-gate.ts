/**
 * When a pre-rendered page may be shown. index.html hides the parts of a pre-rendered page that were laid out
 * at the build's default width (`app-pending`); the app shows them once its view has hydrated and every chart
 * has been drawn again at its measured width. Those redraws run as transitions, in slices, so a phone's main
 * thread is never blocked by all of them at once; this gate counts the ones still to come.
 */
let held = 0;
let viewIn = false;

function showIfSettled(): void {
  if (!viewIn || held > 0 || typeof document === 'undefined') return;
  document.documentElement.classList.remove('app-pending');
  // `data-app="ready"` says so to tests and hosts: before it a click on a pre-rendered button may be lost.
  document.documentElement.dataset.app = 'ready';
}

/** Whether the page is still hidden, waiting for the app (a chart then redraws in a slice, not at once). */
export function pagePending(): boolean {
  return typeof document !== 'undefined' && document.documentElement.classList.contains('app-pending');
}

/** Holds the page hidden until the returned release is called (once; later calls do nothing). */
export function holdPage(): () => void {
  held += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    held -= 1;
    showIfSettled();
  };
}

/** The view has committed: show the page now, or once the last hold is released. */
export function viewCommitted(): void {
  viewIn = true;
  showIfSettled();
}

/**
 * When a pre-rendered page may be shown. index.html hides the parts of a pre-rendered page that were laid out
 * at the build's default width (`app-pending`); the app shows them once its view has hydrated and every chart
 * has been drawn again at its measured width. Those redraws run as transitions, in slices, so a phone's main
 * thread is never blocked by all of them at once; this gate counts the ones still to come.
 */
let held = 0;
let viewIn = false;
let beforeShow: Array<() => void> = [];

function runBeforeShow(): void {
  const due = beforeShow;
  beforeShow = [];
  for (const fn of due) fn();
}

function showIfSettled(): void {
  if (!viewIn || held > 0 || typeof document === 'undefined') return;
  runBeforeShow();
  document.documentElement.classList.remove('app-pending');
  // `data-app="ready"` says so to tests and hosts: before it a click on a pre-rendered button may be lost.
  document.documentElement.dataset.app = 'ready';
}

/** Whether the page is still hidden, waiting for the app (a chart then redraws in a slice, not at once). */
export function pagePending(): boolean {
  return typeof document !== 'undefined' && document.documentElement.classList.contains('app-pending');
}

/**
 * Runs `fn` in the same task that shows the page, or now if it is shown. For a change that makes the browser lay
 * out the whole page (such as adding font faces): done with the showing, it costs one layout, not two.
 */
export function beforePageShown(fn: () => void): void {
  if (!pagePending()) return fn();
  beforeShow.push(fn);
  // index.html shows the page by itself after 4 s if the app has not (a view that failed): then run it anyway.
  setTimeout(() => {
    if (!pagePending()) runBeforeShow();
  }, 4500);
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

/**
 * Shows the page once the app has taken it over (index.html hides a pre-rendered page until then): at once
 * when the app renders afresh, after the page's view has hydrated and measured its charts otherwise.
 * `data-app="ready"` on the root element says so to tests and embedding hosts: before it, a click on a
 * pre-rendered button can land before React listens and be lost.
 */
export function showPage(): void {
  document.documentElement.classList.remove('app-pending');
  document.documentElement.dataset.app = 'ready';
}

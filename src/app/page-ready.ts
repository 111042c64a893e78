/**
 * Shows the page once the app has taken it over (index.html hides a pre-rendered page until then): at once
 * when the app renders afresh, after the page's view has hydrated and measured its charts otherwise.
 */
export function showPage(): void {
  document.documentElement.classList.remove('app-pending');
}

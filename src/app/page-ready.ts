import { viewCommitted } from '../lib/page-gate';

/**
 * Shows the page once the app has taken it over (index.html hides a pre-rendered page until then): at once
 * when the app renders afresh, after the page's view has hydrated and its charts have been drawn at their
 * measured width otherwise (lib/page-gate.ts).
 */
export function showPage(): void {
  viewCommitted();
}

import { act } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * jsdom has no layout and cannot scroll. For windowed lists (src/charts/use-window-rows.ts): a page tall enough
 * for any row, `window.scrollTo` that moves `window.scrollY` and fires `scroll` afterwards as a browser does,
 * and `scrollPageTo` to scroll as a reader would. Call once at the top of a test file.
 */
export function fakeWindowScroll() {
  const state = { y: 0 };
  beforeEach(() => {
    state.y = 0;
    vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(10_000_000);
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => state.y);
    vi.spyOn(window, 'scrollTo').mockImplementation(((options: ScrollToOptions) => {
      state.y = options.top ?? state.y;
      setTimeout(() => window.dispatchEvent(new Event('scroll')));
    }) as typeof window.scrollTo);
  });
  afterEach(() => vi.restoreAllMocks());
  return {
    scrollY: () => state.y,
    scrollPageTo: (top: number) =>
      act(async () => {
        window.scrollTo({ top });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }),
  };
}

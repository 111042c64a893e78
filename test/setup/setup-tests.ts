import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../support/msw-server';
import { registerCatalog } from '../../src/i18n';
import { ru } from '../../src/i18n/ru';

// Views are tested in both languages without the dynamic import app/start.tsx awaits in the browser.
registerCatalog('ru', ru);

// jsdom has no layout; recharts needs a ResizeObserver that reports a size. Assigned unconditionally.
class FixedSizeResizeObserver implements ResizeObserver {
  constructor(private readonly cb: ResizeObserverCallback) {}
  observe(target: Element): void {
    const contentRect = {
      width: 800,
      height: 400,
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 800,
      bottom: 400,
    } as DOMRectReadOnly;
    this.cb([{ target, contentRect } as ResizeObserverEntry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver;
// The whole suite runs on 2 cores with lazy routes; allow time before findBy… gives up.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
});
afterAll(() => server.close());

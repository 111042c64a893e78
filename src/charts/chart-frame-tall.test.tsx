import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { ChartFrame, SCROLL_ITEMS } from './chart-frame';
import { TALL_SCREENS } from './use-tall-content';
import { FakeResizeObserver as FakeObserver } from '../../test/support/fake-resize-observer';

/** Content with state of its own, which must survive the frame switching to a scroll box. */
function Counter() {
  const [n, setN] = useState(0);
  return <button onClick={() => setN(n + 1)}>clicked {n}</button>;
}

const frame = (items = 0) => (
  <I18nProvider language="en">
    <ChartFrame id="c" title="Members by sector" items={items}>
      <Counter />
    </ChartFrame>
  </I18nProvider>
);
const scrollBox = () => screen.queryByRole('region', { name: /Members by sector: every item/ });
const screens = (k: number) => k * window.innerHeight;

describe('a chart taller than a few screens', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('ResizeObserver', FakeObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('scrolls inside a named, focusable box once laid out taller than the limit, and not before', async () => {
    render(frame());
    expect(scrollBox()).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'clicked 0' }));
    act(() => FakeObserver.all[0]?.report({ height: screens(TALL_SCREENS) - 1 }));
    expect(scrollBox()).toBeNull();
    act(() => FakeObserver.all[0]?.report({ height: screens(TALL_SCREENS) + 1 }));
    expect(scrollBox()?.tabIndex).toBe(0);
    // The chart inside was not drawn afresh: what the reader did to it stays.
    expect(screen.getByRole('button', { name: 'clicked 1' })).toBeTruthy();
  });

  it('goes back to its full height when the window grows enough to hold it', () => {
    render(frame());
    act(() => FakeObserver.all[0]?.report({ height: screens(TALL_SCREENS) + 1 }));
    expect(scrollBox()).not.toBeNull();
    const height = window.innerHeight;
    try {
      window.innerHeight = height * 2;
      act(() => {
        window.dispatchEvent(new Event('resize'));
      });
      expect(scrollBox()).toBeNull();
    } finally {
      window.innerHeight = height;
    }
  });

  it('scrolls from its first render when it stacks more items than the limit, before any layout', () => {
    vi.unstubAllGlobals();
    render(frame(SCROLL_ITEMS + 1));
    expect(scrollBox()).not.toBeNull();
  });
});

import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useParentWidth } from './use-parent-size';
import { viewCommitted } from '../lib/page-gate';
import { FakeResizeObserver as FakeObserver } from '../../test/support/fake-resize-observer';
import { ChartWidthProbe } from './chart-width-probe';

function Chart() {
  const { ref, width } = useParentWidth<HTMLDivElement>();
  return <div ref={ref}>width {width}</div>;
}

const html = document.documentElement;

describe('a chart on a pre-rendered page that is still hidden', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('ResizeObserver', FakeObserver);
    html.classList.add('app-pending');
    delete html.dataset.app;
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    html.classList.remove('app-pending');
  });

  it('keeps the page hidden until it has been drawn at its measured width, then shows it', () => {
    render(<Chart />);
    viewCommitted();
    expect(html.classList.contains('app-pending')).toBe(true);
    act(() => FakeObserver.all[0]?.report({ width: 390.6 }));
    expect(screen.getByText('width 390')).toBeTruthy();
    expect(html.classList.contains('app-pending')).toBe(false);
    expect(html.dataset.app).toBe('ready');
  });

  it('shows the page at once when the measured width is the one it was drawn at', () => {
    render(<Chart />);
    viewCommitted();
    act(() => FakeObserver.all[0]?.report({ width: 640 }));
    expect(screen.getByText('width 640')).toBeTruthy();
    expect(html.dataset.app).toBe('ready');
  });

  it('does not keep the page hidden for a chart that is not laid out (width 0)', () => {
    render(<Chart />);
    viewCommitted();
    act(() => FakeObserver.all[0]?.report({ width: 0 }));
    expect(html.dataset.app).toBe('ready');
  });

  it('is not drawn again when only its height changes (the page shown), and is for a new width', () => {
    let renders = 0;
    render(
      <Profiler id="chart" onRender={() => (renders += 1)}>
        <Chart />
      </Profiler>,
    );
    viewCommitted();
    act(() => FakeObserver.all[0]?.report({ width: 390.6 }));
    const drawn = renders;
    act(() => FakeObserver.all[0]?.report({ width: 390.2 }));
    expect(renders).toBe(drawn);
    act(() => FakeObserver.all[0]?.report({ width: 500 }));
    expect(screen.getByText('width 500')).toBeTruthy();
    expect(renders).toBeGreaterThan(drawn);
  });
});

describe('a chart drawn afresh in the app shell', () => {
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('ResizeObserver', FakeObserver);
    // jsdom lays nothing out: the probe's body is given the width a browser would.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      const probed = this.parentElement?.id === 'chart-width-probe';
      return { width: probed ? 1134.4 : 0 } as DOMRect;
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('starts at the width measured for a full-width frame, and is not drawn again when the browser reports it', () => {
    let renders = 0;
    const { rerender } = render(<ChartWidthProbe />);
    rerender(
      <>
        <ChartWidthProbe />
        <Profiler id="chart" onRender={() => (renders += 1)}>
          <Chart />
        </Profiler>
      </>,
    );
    expect(screen.getByText('width 1134')).toBeTruthy();
    const drawn = renders;
    act(() => FakeObserver.all.at(-1)?.report({ width: 1134.4 }));
    expect(renders).toBe(drawn);
  });

  it('is drawn again at its own width when its frame is narrower', () => {
    render(<ChartWidthProbe />);
    const { rerender } = render(<Chart />);
    expect(screen.getByText('width 1134')).toBeTruthy();
    act(() => FakeObserver.all.at(-1)?.report({ width: 540 }));
    rerender(<Chart />);
    expect(screen.getByText('width 540')).toBeTruthy();
  });
});

import { act, fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { manyEventsSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { serveDataFile, server } from '../../../test/support/msw-server';
import { renderRoute } from '../../../test/support/render-route';
import { denseEventPaths } from './growth-dense-events';

// Counts how often the strip's paths are written: once per data or size, never per key press or hover.
vi.mock('./growth-dense-events', async (original) => {
  const actual = await original<typeof import('./growth-dense-events')>();
  return { ...actual, denseEventPaths: vi.fn(actual.denseEventPaths) };
});

const slow = { timeout: 15_000 };
const COUNT = 800;
/** 800 more cluster events, one a day from 1 June 2019: far more than one per 4 px of the plot. */
const manyEvents = () => manyEventsSnapshot('digital', Date.UTC(2019, 5, 1), COUNT);

async function strip() {
  const chart = await screen.findByRole('group', { name: /Line chart/ }, slow);
  const dense = chart.querySelector('.growth-events');
  const link = dense?.querySelector<SVGElement>('[tabindex]');
  if (!dense || !link) throw new Error('no event strip');
  return { chart, dense, link };
}

/** Where the strip's focus ring is, in chart px: the place of the event the keyboard is on. */
function cursorAt(dense: Element) {
  const transform = dense.querySelector('.growth-events__cursor')?.getAttribute('transform') ?? '';
  const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(transform) ?? [];
  return { clientX: Number(x), clientY: Number(y) };
}

describe('growth chart with more events than its strip has room for', () => {
  beforeEach(() => {
    server.use(serveDataFile('mic-2021.json', manyEvents()));
    vi.mocked(denseEventPaths).mockClear();
  });

  it('draws the strip with a bounded number of elements and one Tab stop', { timeout: 20_000 }, async () => {
    renderRoute('/growth?lang=en');
    const { chart, dense, link } = await strip();
    expect(dense).toHaveClass('growth-events--dense');
    expect(dense.querySelectorAll('.growth-event')).toHaveLength(0);
    expect(dense.querySelectorAll('*').length).toBeLessThan(10);
    expect(dense.querySelectorAll('[tabindex]')).toHaveLength(1);
    expect(screen.getAllByRole('link', { name: /Synthetic event/ })).toEqual([link]);
    // The chart as a whole stays one Tab stop.
    expect(chart.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it(
    'moves the accessible name and the tooltip through the events in date order, writing the paths once',
    { timeout: 20_000 },
    async () => {
      renderRoute('/growth?lang=en');
      const { dense, link } = await strip();
      const written = vi.mocked(denseEventPaths).mock.calls.length;
      expect(written).toBeGreaterThan(0);
      const count = /of (\d+) in date order/.exec(link.getAttribute('aria-label') ?? '')?.[1];
      expect(Number(count)).toBeGreaterThanOrEqual(COUNT);

      fireEvent.focus(link);
      expect(link).toHaveAccessibleName(/^Synthetic event 0; 1 June 2019.*Event 1 of \d+ in date order/);
      expect(await screen.findByRole('tooltip', {}, slow)).toHaveTextContent('Synthetic event 0');
      expect(screen.getByRole('tooltip')).toHaveTextContent('Select to open the stress-test timeline');
      const first = cursorAt(dense);

      fireEvent.keyDown(link, { key: 'ArrowRight' });
      fireEvent.keyDown(link, { key: 'ArrowRight' });
      expect(link).toHaveAccessibleName(/^Synthetic event 2; 3 June 2019.*Event 3 of/);
      expect(screen.getByRole('tooltip')).toHaveTextContent('Synthetic event 2');
      expect(cursorAt(dense).clientX).toBeGreaterThan(first.clientX);
      fireEvent.keyDown(link, { key: 'ArrowLeft' });
      expect(link).toHaveAccessibleName(/^Synthetic event 1; 2 June 2019.*Event 2 of/);

      fireEvent.keyDown(link, { key: 'End' });
      expect(link).toHaveAccessibleName(new RegExp(`Event ${count} of ${count} in date order`));
      fireEvent.keyDown(link, { key: 'Home' });
      expect(link).toHaveAccessibleName(/^Synthetic event 0;.*Event 1 of/);

      // The pointer shows the event nearest to it (the SVG sits at 0,0 in jsdom: client px are chart px).
      fireEvent.keyDown(link, { key: 'ArrowRight' });
      fireEvent.keyDown(link, { key: 'ArrowRight' });
      const third = cursorAt(dense);
      fireEvent.keyDown(link, { key: 'Home' });
      fireEvent.mouseMove(link, third);
      expect(screen.getByRole('tooltip')).toHaveTextContent('Synthetic event 2');
      fireEvent.mouseLeave(link);
      expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

      expect(vi.mocked(denseEventPaths).mock.calls.length).toBe(written);
    },
  );

  it('hands ↑ on to the chart’s other marks, as a single event does', { timeout: 20_000 }, async () => {
    renderRoute('/growth?lang=en');
    const { link } = await strip();
    act(() => link.focus());
    expect(document.activeElement).toBe(link);
    fireEvent.keyDown(link, { key: 'ArrowUp' });
    expect(document.activeElement).not.toBe(link);
    expect(document.activeElement?.getAttribute('tabindex')).toBe('0');
    expect(link.getAttribute('tabindex')).toBe('-1');
  });
});

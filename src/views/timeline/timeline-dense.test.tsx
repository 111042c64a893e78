import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { manyEventsSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { serveDataFile, server } from '../../../test/support/msw-server';
import { renderRoute } from '../../../test/support/render-route';
import { denseLanePaths } from './dense-lane-paths';

// Counts how often a dense lane's paths are written: once per data, size or window, never per key or hover.
vi.mock('./dense-lane-paths', async (original) => {
  const actual = await original<typeof import('./dense-lane-paths')>();
  return { ...actual, denseLanePaths: vi.fn(actual.denseLanePaths) };
});

const LOAD = { timeout: 15_000 };
/**
 * 800 more international events, one a day from 1 January 2020: far more than one per 4 px of the plot in
 * the default window, in a lane that held two.
 */
const manyEvents = () => manyEventsSnapshot('international', Date.UTC(2020, 0, 1), 800);

async function denseLane(name = /^Timeline of \d+ events/) {
  const chart = await screen.findByRole('group', { name }, LOAD);
  const lanes = chart.querySelectorAll('.timeline-dense');
  const lane = lanes[0];
  const stop = lane?.querySelector<SVGGElement>('.timeline-mark--dense');
  if (lanes.length !== 1 || !lane || !stop) throw new Error('expected one dense lane');
  return { chart, lane, stop };
}

const press = (target: Element, ...keys: string[]) => {
  for (const key of keys) fireEvent.keyDown(target, { key });
};

/** Where the lane's focus ring is, in chart px (the SVG sits at 0,0 in jsdom): the event the keyboard is on. */
function ringCentre(stop: Element) {
  const ring = stop.querySelector('.timeline-mark__ring');
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(ring?.getAttribute(a)));
  return { clientX: (x ?? 0) + (w ?? 0) / 2, clientY: (y ?? 0) + (h ?? 0) / 2 };
}

describe('timeline lane with more events in view than the plot has room for', { timeout: 30_000 }, () => {
  beforeEach(() => {
    server.use(serveDataFile('mic-2021.json', manyEvents()));
    vi.mocked(denseLanePaths).mockClear();
  });

  it('draws the lane with a bounded number of elements and one Tab stop', async () => {
    renderRoute('/timeline?lang=en');
    const { chart, lane, stop } = await denseLane();
    expect(lane.querySelectorAll('*').length).toBeLessThan(20);
    // No synthetic event has a mark of its own; the other lanes are drawn mark by mark as before.
    expect(chart.querySelectorAll('.timeline-mark[data-event^="synthetic-"]')).toHaveLength(1);
    expect(chart.querySelectorAll('.timeline-mark').length).toBeLessThan(40);
    expect(chart.querySelectorAll('svg *').length).toBeLessThan(600);
    expect(lane.querySelectorAll('[tabindex]')).toEqual(expect.objectContaining({ length: 1 }));
    expect(screen.getAllByRole('button', { name: /Synthetic event/ })).toEqual([stop]);
    // The plot as a whole stays one Tab stop.
    expect(chart.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('moves the accessible name and the tooltip through the lane in date order, writing the paths once', async () => {
    renderRoute('/timeline?lang=en');
    const { stop } = await denseLane();
    const written = vi.mocked(denseLanePaths).mock.calls.length;
    expect(written).toBeGreaterThan(0);
    const count = Number(/of (\d+) in this lane/.exec(stop.getAttribute('aria-label') ?? '')?.[1]);
    // Every day of 2020 and 2021 and the fixture's two international events, and the first days of 2022,
    // whose dots reach into the plot.
    expect(count).toBeGreaterThanOrEqual(733);

    fireEvent.focus(stop);
    expect(stop).toHaveAccessibleName(
      new RegExp(
        `^Synthetic event 0, 1 January 2020, International\\. Event 1 of ${count} in this lane in view, in date order`,
      ),
    );
    expect(await screen.findByRole('tooltip', {}, LOAD)).toHaveTextContent('Synthetic event 0');
    const first = ringCentre(stop);

    press(stop, 'ArrowRight', 'ArrowRight');
    expect(stop).toHaveAccessibleName(/^Synthetic event 2, 3 January 2020, International\. Event 3 of \d+/);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Synthetic event 2');
    expect(ringCentre(stop).clientX).toBeGreaterThan(first.clientX);
    press(stop, 'ArrowLeft');
    expect(stop).toHaveAccessibleName(/^Synthetic event 1, 2 January 2020.*Event 2 of/);

    press(stop, 'End');
    expect(stop).toHaveAccessibleName(new RegExp(`^Synthetic event \\d+,.*Event ${count} of ${count} in`));
    press(stop, 'Home');
    expect(stop).toHaveAccessibleName(/^Synthetic event 0,.*Event 1 of/);

    // The pointer shows the event nearest to it.
    press(stop, 'ArrowRight', 'ArrowRight');
    const third = ringCentre(stop);
    press(stop, 'Home');
    fireEvent.mouseMove(stop, third);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Synthetic event 2');
    fireEvent.mouseLeave(stop);
    expect(screen.getByRole('tooltip', { hidden: true })).not.toHaveTextContent('Synthetic event');

    expect(vi.mocked(denseLanePaths).mock.calls.length).toBe(written);
  });

  it('speaks Russian under ?lang=ru', async () => {
    renderRoute('/timeline?lang=ru');
    const { stop } = await denseLane(/^Хронология/);
    expect(stop).toHaveAccessibleName(
      /^Синтетическое событие 0, 1 января 2020 г\.?, .*Событие 1 из \d+ на этой дорожке в окне, по порядку дат/,
    );
  });

  it('opens the event at the cursor with Enter and the one under the pointer with a click', async () => {
    const { location } = renderRoute('/timeline?lang=en');
    const { stop } = await denseLane();
    act(() => stop.focus());
    press(stop, 'ArrowRight', 'Enter');
    expect(location.current.search).toBe('?lang=en&event=synthetic-event-1');
    const panel = screen.getByRole('region', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { name: 'Synthetic event 1' })).toBeInTheDocument();
    expect(stop).toHaveAttribute('aria-expanded', 'true');
    press(stop, 'ArrowRight');
    expect(stop).toHaveAttribute('aria-expanded', 'false');

    press(stop, 'ArrowRight', 'ArrowRight');
    const fourth = ringCentre(stop);
    press(stop, 'Home');
    fireEvent.click(stop, fourth);
    expect(location.current.search).toBe('?lang=en&event=synthetic-event-4');
    expect(stop).toHaveAccessibleName(/^Synthetic event 4,/);
    expect(stop).toHaveAttribute('aria-expanded', 'true');
  });

  it('hands ↑ on to the lanes above, as a single mark does', async () => {
    renderRoute('/timeline?lang=en');
    const { chart, stop } = await denseLane();
    act(() => stop.focus());
    press(stop, 'ArrowUp');
    const moved = document.activeElement;
    expect(moved).not.toBe(stop);
    expect(chart.contains(moved)).toBe(true);
    expect(moved?.getAttribute('tabindex')).toBe('0');
    expect(stop.getAttribute('tabindex')).toBe('-1');
  });
});

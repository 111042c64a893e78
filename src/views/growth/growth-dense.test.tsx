import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticSnapshotJson } from '../../../test/fixtures/snapshot-fixture';
import { serveDataFile, server } from '../../../test/support/msw-server';
import { renderRoute } from '../../../test/support/render-route';
import { densePaths } from './growth-dense-paths';

// Counts how often the paths are written: once per data or size, never per key press or hover.
vi.mock('./growth-dense-paths', async (original) => {
  const actual = await original<typeof import('./growth-dense-paths')>();
  return { ...actual, densePaths: vi.fn(actual.densePaths) };
});

const slow = { timeout: 15_000 };
const DAY = 86_400_000;
const START = Date.UTC(2019, 0, 1);
const COUNT = 2000;

/** The fixture with 2,000 more exact, dated participant counts: far more than one per 4 px of the plot. */
function denseSnapshot() {
  return syntheticSnapshotJson((s) => {
    const series = s.growth.series.find((x) => x.id === 'participants');
    const base = series?.points.find((p) => p.qualifier.kind === 'exact');
    if (!series || !base) throw new Error('the fixture has no exact participant count');
    for (let i = 0; i < COUNT; i++)
      series.points.push({
        ...structuredClone(base),
        id: `dense-${i}`,
        value: 500 + i,
        date: { value: new Date(START + i * DAY).toISOString().slice(0, 10), precision: 'day' },
        note: undefined,
      });
  });
}

describe('growth chart with a dense series', () => {
  beforeEach(() => {
    server.use(serveDataFile('mic-2021.json', denseSnapshot()));
    vi.mocked(densePaths).mockClear();
  });

  it(
    'draws the dense line as paths with one focusable element, and the sparse lines point by point',
    { timeout: 20_000 },
    async () => {
      renderRoute('/growth?series=participants,partners');
      const chart = await screen.findByRole('group', { name: /Line chart/ }, slow);
      const dense = chart.querySelector('[data-series="participants"]');
      expect(dense).toHaveClass('growth-series--dense');
      expect(dense?.querySelectorAll('.growth-point')).toHaveLength(0);
      expect(dense?.querySelectorAll('[tabindex]')).toHaveLength(1);
      // One marker path per figure kind, each painted as a single point of that kind is.
      const kinds = [...(dense?.querySelectorAll('path[data-figure-kind]') ?? [])].map((p) =>
        p.getAttribute('data-figure-kind'),
      );
      expect(kinds.length).toBe(new Set(kinds).size);
      expect(kinds).toContain('exact');
      expect(dense?.querySelectorAll('path').length).toBeLessThan(12);
      // The sparse series is unchanged: a focusable mark per point.
      const sparse = chart.querySelector('[data-series="partners"]');
      expect(sparse).not.toHaveClass('growth-series--dense');
      expect(sparse?.querySelectorAll('.growth-point').length).toBeGreaterThan(0);
    },
  );

  it(
    'moves the tooltip along the line with the arrow keys, writing the paths once',
    { timeout: 20_000 },
    async () => {
      renderRoute('/growth?series=participants,partners');
      const chart = await screen.findByRole('group', { name: /Line chart/ }, slow);
      const line = chart.querySelector<SVGElement>('.growth-series--dense [tabindex]');
      if (!line) throw new Error('no focusable line');
      const written = vi.mocked(densePaths).mock.calls.length;
      expect(written).toBeGreaterThan(0);
      fireEvent.focus(line);
      expect(line).toHaveAccessibleName(
        /Participants \(Moscow\): 500 companies; 1 January 2019.*Point 1 of 2009/,
      );
      expect(await screen.findByRole('tooltip', {}, slow)).toHaveTextContent('500 companies');
      fireEvent.keyDown(line, { key: 'ArrowRight' });
      fireEvent.keyDown(line, { key: 'ArrowRight' });
      expect(line).toHaveAccessibleName(/Point 3 of 2009/);
      expect(screen.getByRole('tooltip')).toHaveTextContent('502 companies');
      fireEvent.keyDown(line, { key: 'End' });
      expect(line).toHaveAccessibleName(/Point 2009 of 2009/);
      fireEvent.keyDown(line, { key: 'Home' });
      expect(line).toHaveAccessibleName(/Point 1 of 2009/);
      expect(document.activeElement === line || line.getAttribute('tabindex') === '0').toBe(true);
      expect(vi.mocked(densePaths).mock.calls.length).toBe(written);
    },
  );
});

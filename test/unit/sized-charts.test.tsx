import { render, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { Providers } from '../../src/app/providers';
import { createQueryClient } from '../../src/lib/react-query';
import { heightRanges, pendingHeightCss, SizedChartContext } from '../../src/charts/pending-heights';

/**
 * A sized chart tells the build its height at every width (charts/pending-heights.ts); the pre-rendered page
 * reserves that height before the app draws the chart. Here the function is checked against the chart as drawn
 * (at the 800 px the tests' ResizeObserver reports, test/setup/setup-tests.ts), and against the build's limit on
 * its CSS.
 */
async function collected(url: string, frames: string[]) {
  const heights = new Map<string, (width: number) => number>();
  render(
    <SizedChartContext value={(id, heightAt) => heights.set(id, heightAt)}>
      <Providers queryClient={createQueryClient({ retry: false })}>
        <MemoryRouter initialEntries={[url]}>
          <App />
        </MemoryRouter>
      </Providers>
    </SizedChartContext>,
  );
  await waitFor(
    () => {
      for (const id of frames) expect(document.querySelector(`#${id} [data-sized]`)).not.toBeNull();
    },
    { timeout: 5000 },
  );
  return heights;
}

const drawnHeight = (frameId: string) => {
  const box = document.querySelector<HTMLElement>(`#${frameId} [data-sized]`);
  const svg = box?.querySelector('svg');
  return Number(box?.style.height.replace('px', '') || svg?.getAttribute('height'));
};

describe('sized charts', () => {
  it.each([
    ['/growth', ['growth-chart']],
    ['/sectors', ['sectors-members', 'sectors-projects']],
    ['/subclusters', ['subclusters-size']],
  ])('%s: the height the build reserves is the height drawn, in few enough steps', async (url, frames) => {
    const heights = await collected(url, frames);
    expect([...heights.keys()].sort()).toEqual([...frames].sort());
    for (const id of frames) {
      const heightAt = heights.get(id)!;
      expect(heightAt(800), id).toBe(drawnHeight(id));
      expect(heightAt(360), id).toBeGreaterThan(0);
      expect(() => pendingHeightCss(id, heightRanges(heightAt))).not.toThrow();
    }
  });
});

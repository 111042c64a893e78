import type { Snapshot } from '../data/schema';
import type { ViewId } from './paths';

/**
 * Every chart a view draws, by the name its own embed has: `/embed/<view>/<chart>` shows the chart frame
 * `<view>-<chart>` alone. `test/e2e/embed-charts.e2e.test.ts` checks each one shows exactly that frame.
 */
export const EMBED_CHARTS = {
  growth: ['chart', 'ratio'],
  sectors: ['members', 'projects', 'light'],
  subclusters: ['size', 'fields', 'full'],
  regions: ['map', 'services', 'agreements'],
  timeline: ['chart'],
  framework: ['comparison'],
} as const satisfies Record<ViewId, readonly string[]>;

export type EmbedChart<V extends ViewId = ViewId> = (typeof EMBED_CHARTS)[V][number];

export const frameIdOf = (view: ViewId, chart: string) => `${view}-${chart}`;

export function isEmbedChart(view: ViewId, chart: string): boolean {
  return (EMBED_CHARTS[view] as readonly string[]).includes(chart);
}

/** Charts drawn only when the snapshot holds what they show. */
export function chartDrawn(view: ViewId, chart: string, snapshot: Snapshot): boolean {
  if (view === 'subclusters' && chart === 'full')
    return snapshot.subclusters.fieldsBySubcluster !== undefined;
  return true;
}

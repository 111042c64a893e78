import type { Snapshot } from './schema';

/**
 * Regions with partners that the source does not name: the reported region count minus the regions it
 * names (a derived number; 73 − 8 = 65 in the shipped snapshot). Null when the source names all of them.
 */
export function unnamedPartnerRegions(snapshot: Snapshot): { count: number; total: number } | null {
  const total = snapshot.regions.regionCount.value;
  const count = total - snapshot.regions.items.length;
  return count > 0 ? { count, total } : null;
}

import { useQuery } from '@tanstack/react-query';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { fetchDataFile } from '../../data/fetch-data-file';

export const OUTLINE_FILE = 'geo/russia-outline.json';
export type RussiaOutline = Feature<Polygon | MultiPolygon>;

/** Checks the little the map relies on, so a broken file is an error message rather than a blank map. */
export function parseOutline(text: string): RussiaOutline {
  const data = JSON.parse(text) as unknown;
  const geometry = (data as { geometry?: { type?: unknown; coordinates?: unknown } } | null)?.geometry;
  if (
    (data as { type?: unknown } | null)?.type !== 'Feature' ||
    (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') ||
    !Array.isArray(geometry.coordinates)
  )
    throw new Error(`${OUTLINE_FILE} is not a GeoJSON polygon feature`);
  return data as RussiaOutline;
}

/**
 * Russia's outline (Natural Earth via world-atlas), fetched from the site's own data folder when the
 * geographic map is first shown: ~100 KB that the tile map and the first load never pay for.
 */
export function useRussiaOutline(enabled: boolean) {
  return useQuery({
    queryKey: ['geo', OUTLINE_FILE],
    queryFn: async ({ signal }) =>
      parseOutline(await fetchDataFile(import.meta.env.BASE_URL, OUTLINE_FILE, signal)),
    enabled,
  });
}

import { geoConicEqualArea, type GeoConicProjection } from 'd3-geo';
import type { Feature } from 'geojson';

/**
 * Standard parallels and central meridian for Russia: an equal-area conic with parallels 52°N and 64°N,
 * centred on 100°E. Rotating by −100° moves d3's antimeridian cut to 80°W, far from Russia, so Chukotka
 * (which crosses 180°) is drawn in one piece next to the rest of the country.
 */
export const RUSSIA_PARALLELS: readonly [number, number] = [52, 64];
export const RUSSIA_CENTRAL_MERIDIAN = 100;

/**
 * An equal-area conic projection for Russia, scaled and translated so that `outline` (normally
 * `public/data/geo/russia-outline.json`, passed in by the caller) fills a `width` × `height` box.
 */
export function makeRussiaProjection(outline: Feature, width: number, height: number): GeoConicProjection {
  return geoConicEqualArea()
    .parallels([RUSSIA_PARALLELS[0], RUSSIA_PARALLELS[1]])
    .rotate([-RUSSIA_CENTRAL_MERIDIAN, 0])
    .fitSize([width, height], outline);
}

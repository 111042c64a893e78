import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { geoArea, geoContains, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { makeRussiaProjection } from './russia-projection';

const outline = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../public/data/geo/russia-outline.json'), 'utf8'),
) as Feature<MultiPolygon>;

const WIDTH = 960;
const HEIGHT = 540;
const projection = makeRussiaProjection(outline, WIDTH, HEIGHT);

function project(lon: number, lat: number): [number, number] {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`(${lon}, ${lat}) does not project`);
  return p;
}

function inBox([x, y]: [number, number]): boolean {
  return x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT;
}

const MOSCOW = project(37.62, 55.75);
const NOVOSIBIRSK = project(82.9, 55.0);
const VLADIVOSTOK = project(131.9, 43.12);

describe('russia-outline.json', () => {
  it('is a MultiPolygon Feature with d3 winding (not inverted)', () => {
    expect(outline.type).toBe('Feature');
    expect(outline.geometry.type).toBe('MultiPolygon');
    // Russia is ~17.1 million km² ≈ 0.42 sr; an inverted ring would be close to 4π.
    const area = geoArea(outline);
    expect(area).toBeGreaterThan(0.3);
    expect(area).toBeLessThan(2 * Math.PI);
    for (const coordinates of outline.geometry.coordinates) {
      expect(geoArea({ type: 'Polygon', coordinates })).toBeLessThan(2 * Math.PI);
    }
  });

  it('has coordinates rounded to 2 decimals', () => {
    const values = outline.geometry.coordinates.flat(3);
    expect(values.every((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6)).toBe(true);
  });

  it('contains Moscow and Novosibirsk, and reaches east of the antimeridian (Chukotka)', () => {
    expect(geoContains(outline, [37.62, 55.75])).toBe(true);
    expect(geoContains(outline, [82.9, 55.0])).toBe(true);
    const lons = outline.geometry.coordinates.flat(2).map(([lon]) => lon ?? 0);
    expect(Math.min(...lons)).toBeLessThan(-169); // Chukotka east of 180°
    expect(Math.max(...lons)).toBeGreaterThan(179); // and west of it
  });
});

describe('makeRussiaProjection', () => {
  it('fits the whole outline, Chukotka included, into the box', () => {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(outline);
    expect(x0).toBeGreaterThanOrEqual(-1);
    expect(y0).toBeGreaterThanOrEqual(-1);
    expect(x1).toBeLessThanOrEqual(WIDTH + 1);
    expect(y1).toBeLessThanOrEqual(HEIGHT + 1);
    // fitSize fills one of the two dimensions; an antimeridian split would leave a tiny or mirrored shape.
    expect(Math.max((x1 - x0) / WIDTH, (y1 - y0) / HEIGHT)).toBeGreaterThan(0.99);
  });

  it('puts Moscow inside the box and west of Novosibirsk', () => {
    expect(inBox(MOSCOW)).toBe(true);
    expect(inBox(NOVOSIBIRSK)).toBe(true);
    expect(MOSCOW[0]).toBeLessThan(NOVOSIBIRSK[0]);
  });

  it('puts Vladivostok to the right of Novosibirsk', () => {
    expect(inBox(VLADIVOSTOK)).toBe(true);
    expect(VLADIVOSTOK[0]).toBeGreaterThan(NOVOSIBIRSK[0]);
  });

  it('keeps both sides of the 180° meridian in Chukotka together at the east edge', () => {
    const anadyr = project(177.51, 64.73);
    const uelen = project(-169.8, 66.16); // easternmost Chukotka, at a negative longitude
    expect(inBox(anadyr)).toBe(true);
    expect(inBox(uelen)).toBe(true);
    expect(uelen[0]).toBeGreaterThan(anadyr[0]);
    expect(uelen[0]).toBeGreaterThan(VLADIVOSTOK[0]);
    expect(Math.hypot(uelen[0] - anadyr[0], uelen[1] - anadyr[1])).toBeLessThan(WIDTH / 10);
  });
});

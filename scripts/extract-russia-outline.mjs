#!/usr/bin/env node
/**
 * Extracts Russia's outline from the `world-atlas` package (Natural Earth 4.1.0, public domain; packaged
 * under the ISC licence) and writes it as one GeoJSON Feature to public/data/geo/russia-outline.json.
 *
 * Usage:  node scripts/extract-russia-outline.mjs [--scale 50m|110m] [--keep-crimea]
 *
 * - Coordinates are rounded to 2 decimals (~1 km); consecutive duplicates and rings that collapse are dropped.
 * - Rings are NOT rewound: world-atlas TopoJSON already has d3-geo's winding (clockwise exterior rings).
 *   The script only verifies it: every polygon's spherical area (d3-geo geoArea) must be far below 2π sr —
 *   an inverted ring would cover (almost) the whole sphere instead.
 * - Natural Earth 4.1.0 draws Crimea inside Russia's polygon. The dashboard's subject list follows
 *   ISO 3166-2:RU (83 subjects, without Crimea/Sevastopol), so the Crimean polygon is left out by default
 *   for consistency; `--keep-crimea` keeps Natural Earth's geometry as it is.
 * - The output is checked to stay under ~150 KB; with `--scale 50m` (default) it is well below that.
 */
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { geoArea, geoContains } from 'd3-geo';

const args = process.argv.slice(2);
const scaleArg = args.includes('--scale') ? args[args.indexOf('--scale') + 1] : '50m';
if (scaleArg !== '50m' && scaleArg !== '110m') {
  throw new Error(`--scale must be 50m or 110m, not ${scaleArg}`);
}
const keepCrimea = args.includes('--keep-crimea');

const RUSSIA_ID = '643'; // ISO 3166-1 numeric
const SIMFEROPOL = [34.1, 44.95];
const MAX_BYTES = 150 * 1024;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const atlasVersion = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;
const topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scaleArg}.json`), 'utf8'));

const countries = feature(topology, topology.objects.countries);
const russia = countries.features.find((f) => String(f.id) === RUSSIA_ID);
if (!russia) throw new Error(`No feature with id ${RUSSIA_ID} in countries-${scaleArg}.json`);

const round = (v) => Math.round(v * 100) / 100;

/** Rounds a ring, drops consecutive duplicates; returns null when fewer than 3 distinct points remain. */
function roundRing(ring) {
  const out = [];
  for (const [lon, lat] of ring) {
    const p = [round(lon), round(lat)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return out.length >= 4 ? out : null;
}

const polygons =
  russia.geometry.type === 'Polygon' ? [russia.geometry.coordinates] : russia.geometry.coordinates;

let droppedCrimea = 0;
const kept = [];
for (const polygon of polygons) {
  if (!keepCrimea && geoContains({ type: 'Polygon', coordinates: polygon }, SIMFEROPOL)) {
    droppedCrimea++;
    continue;
  }
  const [exterior, ...holes] = polygon.map(roundRing);
  if (!exterior) continue; // an islet that rounding collapsed
  const rounded = [exterior, ...holes.filter((h) => h !== null)];
  const area = geoArea({ type: 'Polygon', coordinates: rounded });
  if (!(area < 2 * Math.PI)) {
    throw new Error(`Polygon starting at ${exterior[0]} is inverted (area ${area} sr): check ring winding`);
  }
  if (area === 0) continue;
  kept.push(rounded);
}
if (!keepCrimea && droppedCrimea !== 1) {
  throw new Error(`Expected exactly one Crimean polygon in Natural Earth's Russia, found ${droppedCrimea}`);
}

const outline = {
  type: 'Feature',
  id: RUSSIA_ID,
  properties: {
    name: 'Russia',
    source: `Natural Earth 4.1.0 Admin 0 countries 1:${scaleArg.replace('m', '')}m via world-atlas@${atlasVersion}`,
    crimea: keepCrimea ? 'included (as in Natural Earth)' : 'excluded (ISO 3166-2:RU basis)',
  },
  geometry: { type: 'MultiPolygon', coordinates: kept },
};

const totalArea = geoArea(outline);
if (!(totalArea > 0.3 && totalArea < 0.6)) {
  // Russia is ~17.1 million km² ≈ 0.42 sr; anything else means a broken or inverted geometry.
  throw new Error(`Unexpected total area ${totalArea} sr`);
}

const outFile = resolve(root, 'public/data/geo/russia-outline.json');
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(outline) + '\n');
const bytes = statSync(outFile).size;
if (bytes > MAX_BYTES) throw new Error(`${outFile} is ${bytes} bytes (> ${MAX_BYTES}); try --scale 110m`);

const points = kept.flat(2).length;
console.log(
  `Wrote ${outFile}: ${kept.length} polygons, ${points} points, ${(bytes / 1024).toFixed(1)} KiB, ` +
    `area ${totalArea.toFixed(4)} sr, Crimea ${keepCrimea ? 'kept' : 'left out'}.`,
);

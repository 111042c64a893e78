/**
 * The cut-down faces (src/styles/fonts/used/) keep only the weights and OpenType features the styles use
 * (scripts/used-font-cut.mjs): a weight outside their axis would be drawn at its nearest end (800 as 700), and a
 * feature left out would be ignored (tabular figures drawn proportional), both without a warning. A style that
 * asks for more fails here until the cut takes it in and scripts/build-used-fonts.mjs is run again.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFiles as files } from '../support/source-files';
import * as hb from 'harfbuzzjs';
import { decompress } from 'wawoff2';
import used from '../../src/styles/fonts/used/inter-used.json';
import { USED_FEATURES, USED_WEIGHTS } from '../../scripts/used-font-cut.mjs';

const sources = () => files('src', /\.(css|tsx)$/).map((path) => [path, readFileSync(path, 'utf8')] as const);

/** Every numeric weight written in the source: CSS `font-weight: 600`, SVG `fontWeight={on ? 700 : 400}`. */
function weightsAskedFor(): Map<number, string> {
  const found = new Map<number, string>([
    // The browser's own: normal text, and bold (th, strong, b).
    [400, 'normal'],
    [700, 'bold'],
  ]);
  for (const [path, text] of sources()) {
    for (const [, value] of text.matchAll(/font-weight:\s*(\d+)\s*;/g)) found.set(Number(value), path);
    for (const [, expr] of text.matchAll(/fontWeight=\{([^}]+)\}/g))
      for (const [n] of expr!.matchAll(/\d+/g)) found.set(Number(n), path);
  }
  return found;
}

/** Every `font-variant-*` value and `font-feature-settings` the styles write, with where. */
function variantsAskedFor(): [string, string][] {
  const found: [string, string][] = [];
  for (const [path, text] of sources())
    for (const [, property, value] of text.matchAll(
      /(font-variant[\w-]*|font-feature-settings):\s*([^;]+);/g,
    ))
      for (const word of value!.trim().split(/[\s,]+/))
        found.push([property === 'font-feature-settings' ? word.replace(/["']/g, '') : word, path]);
  return found;
}

/** Each cut-down face's weight axis and substitution features. */
async function faces() {
  const out: { file: string; axis: { min: number; max: number }; features: string[] }[] = [];
  for (const file of Object.keys(used)) {
    // Copied out: the decoder returns a view into memory its next call overwrites.
    const sfnt = (await decompress(readFileSync(`src/styles/fonts/used/${file}`))).slice();
    const face = new hb.Face(new hb.Blob(sfnt));
    const axis = face.getAxisInfos().wght;
    if (!axis) throw new Error(`${file} has no weight axis`);
    const features = [...face.getTableFeatureTags('GSUB'), ...face.getTableFeatureTags('GPOS')];
    out.push({ file, axis: { min: axis.min, max: axis.max }, features: [...new Set(features)] });
  }
  return out;
}

describe('the cut-down faces', () => {
  it('hold every weight the styles and charts ask for', async () => {
    const asked = weightsAskedFor();
    // The scan finds the weights in use: labels and headings at 600.
    expect([...asked.keys()]).toEqual(expect.arrayContaining([400, 600, 700]));
    const outside: string[] = [];
    for (const { file, axis } of await faces())
      for (const [weight, where] of asked)
        if (weight < axis.min || weight > axis.max)
          outside.push(`${weight} (${where}) outside ${file}'s ${axis.min}–${axis.max}`);
    expect(outside).toEqual([]);
  });

  it('keep every feature the styles ask for', async () => {
    const asked = variantsAskedFor();
    expect(asked.map(([v]) => v)).toEqual(expect.arrayContaining(['tabular-nums', 'slashed-zero']));
    const kept = new Set([...USED_FEATURES.default, ...Object.values(USED_FEATURES.asked)]);
    const missing = asked
      .filter(([value]) => !['normal', 'none'].includes(value))
      .filter(([value]) => !kept.has(USED_FEATURES.asked[value] ?? value))
      .map(([value, where]) => `${value} (${where})`);
    expect(missing).toEqual([]);
    // And the Latin face has them: the figures of tables and charts line up. (Fontsource's faces carry no
    // `zero`, so `slashed-zero` has never drawn a slashed zero; the cut does not change that.)
    const latin = (await faces()).find((f) => f.file.startsWith('inter-used-latin-wght'));
    expect(latin?.features).toEqual(expect.arrayContaining(['tnum', 'kern', 'calt']));
  });

  it('are cut no wider than the styles need (bytes every first paint waits for)', async () => {
    for (const { file, axis, features } of await faces()) {
      expect(axis, file).toEqual(USED_WEIGHTS);
      expect(
        features.filter((f) => /^(ss\d\d|cv\d\d|frac|sups|case)$/.test(f)),
        file,
      ).toEqual([]);
    }
  });
});

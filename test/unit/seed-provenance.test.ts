/**
 * Every citation of the seed presentation must point at text that is really there, and every figure the
 * snapshot takes from the seed alone must be written in the part of the presentation it cites. The text is
 * a copy of ../shared/seed kept with the tests, so this runs on a fresh clone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/data/snapshot';
import { walkFigures } from '../../src/data/walk-figures';
import { shippedDataFile } from '../support/msw-server';

const text = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-presentation.txt'), 'utf8');
const snapshot = parseSnapshot('mic-2021.json', shippedDataFile('mic-2021.json'));
const seed = snapshot.primarySource;

/** Every seed citation with its JSON path. */
function seedCitations(node: unknown, path = '$'): { locator: string | undefined; path: string }[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => seedCitations(child, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (record.source === seed && !('title' in record))
    return [{ locator: record.locator as string | undefined, path }];
  return Object.entries(record).flatMap(([key, value]) => seedCitations(value, `${path}.${key}`));
}

/** A slide heading: a line of its own after a blank line, neither a bullet nor a table row. */
const headingStarts = [...text.matchAll(/\n\s*\n([^\s\-|][^\n]*)/g)].map(
  (m) => m.index + m[0].indexOf(m[1]!),
);

/** The text from each place the locator occurs up to the next slide heading. */
function cited(locator: string): string {
  const parts: string[] = [];
  for (let at = text.indexOf(locator); at >= 0; at = text.indexOf(locator, at + 1)) {
    const end = headingStarts.find((h) => h > at) ?? text.length;
    parts.push(text.slice(at, end));
  }
  return parts.join('\n');
}

/** "15800", "15 800" or "15,800", not as part of a longer number. */
function writtenIn(value: number, passage: string): boolean {
  const plain = String(value);
  const grouped =
    value >= 1000 ? [value.toLocaleString('en-US'), value.toLocaleString('en-US').replace(/,/g, ' ')] : [];
  return [plain, ...grouped].some((form) =>
    new RegExp(`(?<![\\d.,])${form.replace(/[.,]/g, '\\$&')}(?![\\d])`).test(passage),
  );
}

describe('seed provenance', () => {
  const citations = seedCitations(snapshot);

  it('cites the seed in many places, each with a locator', () => {
    expect(citations.length).toBeGreaterThan(50);
    expect(citations.filter((c) => !c.locator).map((c) => c.path)).toEqual([]);
  });

  it('finds every locator in the presentation text', () => {
    const missing = citations.filter((c) => c.locator && !text.includes(c.locator));
    expect(missing.map((c) => `${c.path}: ${c.locator}`)).toEqual([]);
  });

  it('finds each figure taken from the seed alone in the passage it cites', () => {
    const checked = walkFigures(snapshot).filter(
      ({ figure }) => figure.qualifier.kind !== 'derived' && figure.sources.every((c) => c.source === seed),
    );
    expect(checked.length).toBeGreaterThan(60);
    const unfound = checked.filter(
      ({ figure }) => !figure.sources.some((c) => c.locator && writtenIn(figure.value, cited(c.locator))),
    );
    expect(unfound.map(({ figure, path }) => `${path} (${figure.id}) = ${figure.value}`)).toEqual([]);
  });

  it('would notice a figure that the cited passage does not state', () => {
    expect(writtenIn(15800, cited('The membership in MIC is open for different industries'))).toBe(true);
    expect(writtenIn(15900, cited('The membership in MIC is open for different industries'))).toBe(false);
    expect(writtenIn(302, cited('MIC unites a large number of participants'))).toBe(false);
  });
});

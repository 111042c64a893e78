/**
 * Every web source must be one of the sourced facts gathered for this dashboard, and every citation of it
 * must quote words that the facts table records for that URL. The table is a copy of
 * ../shared/notes/sourced-facts.md kept with the tests, so this runs on a fresh clone.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/data/snapshot';
import { shippedDataFile } from '../support/msw-server';

/** Guillemets and curly quotes are written as straight quotes, so that quoting style does not matter. */
const plainQuotes = (s: string) => s.replace(/[«»“”„]/g, '"');
const rows = plainQuotes(readFileSync(resolve(import.meta.dirname, '../fixtures/sourced-facts.md'), 'utf8'))
  .split('\n')
  .filter((line) => line.startsWith('|'));
const snapshot = parseSnapshot('mic-2021.json', shippedDataFile('mic-2021.json'));
const webSources = new Map(snapshot.sources.filter((s) => s.url).map((s) => [s.id, s.url!]));

function citations(node: unknown, path = '$'): { source: string; locator?: string; path: string }[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => citations(child, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (typeof record.source === 'string' && !('title' in record))
    return [{ source: record.source, locator: record.locator as string | undefined, path }];
  return Object.entries(record).flatMap(([key, value]) => citations(value, `${path}.${key}`));
}

describe('web provenance', () => {
  const web = citations(snapshot).filter((c) => webSources.has(c.source));

  it('takes every web source from the sourced facts', () => {
    expect(webSources.size).toBeGreaterThan(20);
    const unknown = [...webSources].filter(([, url]) => !rows.some((row) => row.includes(url)));
    expect(unknown).toEqual([]);
  });

  it('quotes, for every citation of a web source, words recorded for that URL', () => {
    expect(web.length).toBeGreaterThan(50);
    const unquoted = web.filter((c) => {
      const url = webSources.get(c.source)!;
      return !c.locator || !rows.some((row) => row.includes(url) && row.includes(plainQuotes(c.locator!)));
    });
    expect(unquoted.map((c) => `${c.path} (${c.source}): ${c.locator ?? 'no quote'}`)).toEqual([]);
  });
});

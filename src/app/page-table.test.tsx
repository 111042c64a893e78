import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageTables, readPageTables, resetPageTables } from './page-table';

const FILE = '/assets/page-tables-abcdefgh.json';

function rootWith(tables?: string) {
  const root = document.createElement('div');
  if (tables) root.dataset.tables = tables;
  return root;
}

const answering = (body: string, status = 200) =>
  vi.fn<typeof fetch>(() => Promise.resolve(new Response(body, { status })));

afterEach(resetPageTables);

describe('a pre-rendered page’s tables file', () => {
  it('is read as two objects', () => {
    expect(
      readPageTables(
        '{"text-widths":{"400 12px a\\u0000b":30},"written-dates":{"en|{}|0":"1 January 1970"}}',
      ),
    ).toEqual({ textWidths: { '400 12px a\u0000b': 30 }, writtenDates: { 'en|{}|0': '1 January 1970' } });
  });

  it('gives no table for one that is missing or empty', () => {
    expect(readPageTables('{"text-widths":{}}')).toEqual({ textWidths: undefined, writtenDates: undefined });
  });

  it('is refused, without throwing, when it or a table in it is not a JSON object', () => {
    for (const text of ['{"cut', 'null', '[1,2]', '7'])
      expect(readPageTables(text)).toEqual({ textWidths: null, writtenDates: null });
    expect(readPageTables('{"text-widths":[1],"written-dates":{"a":"b"}}')).toEqual({
      textWidths: null,
      writtenDates: { a: 'b' },
    });
  });
});

describe('asking for the tables', () => {
  it('fetches the file the root names, once', async () => {
    const fetchFile = answering('{"text-widths":{"k":1},"written-dates":{}}');
    const root = rootWith(FILE);
    const first = await pageTables(root, fetchFile);
    const again = await pageTables(root, fetchFile);
    expect(first).toEqual({ textWidths: { k: 1 }, writtenDates: undefined });
    expect(again).toBe(first);
    expect(fetchFile).toHaveBeenCalledTimes(1);
    expect(fetchFile).toHaveBeenCalledWith(FILE);
  });

  it('asks for nothing when the page has no tables', async () => {
    const fetchFile = answering('{}');
    expect(await pageTables(rootWith(), fetchFile)).toEqual({
      textWidths: undefined,
      writtenDates: undefined,
    });
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('says the tables are unreadable when the file is missing or the network fails, so the page renders afresh', async () => {
    expect(await pageTables(rootWith(FILE), answering('not found', 404))).toEqual({
      textWidths: null,
      writtenDates: null,
    });
    resetPageTables();
    const offline = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await pageTables(rootWith(FILE), offline)).toEqual({ textWidths: null, writtenDates: null });
  });
});

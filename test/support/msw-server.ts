import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** The shipped data files in public/data: for the tests of the data itself (provenance, schema, seed). */
export function shippedDataFile(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../../public/data', name), 'utf8');
}

/**
 * The test fixture in test/fixtures/data: a frozen copy of the snapshot as it was when the view tests were
 * written. View tests run on it, so that a data update (a new figure, a corrected date) changes what the
 * dashboard shows without breaking tests of how it shows it; the shipped data has its own tests.
 */
export function fixtureDataFile(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../fixtures/data', name), 'utf8');
}

/** Serves `body` (a string, so malformed JSON can be served too) for one data file. */
export function serveDataFile(name: string, body: string, status = 200) {
  return http.get(
    `*/data/${name}`,
    () => new HttpResponse(body, { status, headers: { 'Content-Type': 'application/json' } }),
  );
}

export const defaultHandlers = [
  http.get(
    '*/data/index.json',
    () =>
      new HttpResponse(fixtureDataFile('index.json'), { headers: { 'Content-Type': 'application/json' } }),
  ),
  http.get(
    '*/data/mic-2021.json',
    () =>
      new HttpResponse(fixtureDataFile('mic-2021.json'), { headers: { 'Content-Type': 'application/json' } }),
  ),
];

export const server = setupServer(...defaultHandlers);

/** Handlers that serve `snapshot` as the only one in the catalogue, in place of the fixture. */
export function serveOnlySnapshot(snapshot: { id: string; title: unknown; compiled: string }) {
  const catalogue = {
    default: snapshot.id,
    snapshots: [
      { id: snapshot.id, file: 'mic-2021.json', title: snapshot.title, compiled: snapshot.compiled },
    ],
  };
  return [
    serveDataFile('index.json', JSON.stringify(catalogue)),
    serveDataFile('mic-2021.json', JSON.stringify(snapshot)),
  ];
}

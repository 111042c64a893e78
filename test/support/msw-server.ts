import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** The shipped data files, read from public/data so view tests exercise the real snapshot. */
export function shippedDataFile(name: string): string {
  return readFileSync(resolve(import.meta.dirname, '../../public/data', name), 'utf8');
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
      new HttpResponse(shippedDataFile('index.json'), { headers: { 'Content-Type': 'application/json' } }),
  ),
  http.get(
    '*/data/mic-2021.json',
    () =>
      new HttpResponse(shippedDataFile('mic-2021.json'), { headers: { 'Content-Type': 'application/json' } }),
  ),
];

export const server = setupServer(...defaultHandlers);

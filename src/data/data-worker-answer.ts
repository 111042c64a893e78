/** What the data worker does with one request: fetch the file, parse and check it, and say how it went. */
import { errorToWire, type ToWorker, type WorkerReply } from './data-worker-protocol';
import { fetchDataFile } from './fetch-data-file';
import { snapshotFingerprint } from './fingerprint';
import type { TextListener } from './data-worker-text';

/**
 * Reads the file, giving its text to `heard` as it arrives and once read (the page parses a snapshot's text
 * while it is checked here), then checks it. The checks' code (the schema and its validator) loads while the
 * file is read: the read does not wait for it. A `given` text (the catalogue, read by the page's starter) is
 * checked as read.
 */
export async function answer(
  request: Extract<ToWorker, { type: 'load' }>,
  signal?: AbortSignal,
  heard?: TextListener,
  given?: string,
): Promise<WorkerReply> {
  const { id, kind, baseUrl, file } = request;
  const checks = import('./snapshot');
  checks.catch(() => {}); // a failed read is the answer then; the load of the checks is not awaited
  try {
    const part = heard && ((piece: string) => heard.part(piece));
    const text = given ?? (await fetchDataFile(baseUrl, file, signal, undefined, part));
    heard?.read(text);
    const { parseCatalogue, parseSnapshot } = await checks;
    if (kind === 'catalogue') return { id, ok: true, value: parseCatalogue(file, text) };
    const value = parseSnapshot(file, text);
    return { id, ok: true, passed: true, fingerprint: snapshotFingerprint(value) };
  } catch (e) {
    return { id, ok: false, error: errorToWire(e) };
  }
}

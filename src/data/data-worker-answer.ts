/** What the data worker does with one request: fetch the file, parse and check it, and say how it went. */
import { errorToWire, type FromWorker, type ToWorker } from './data-worker-protocol';
import { fetchDataFile } from './fetch-data-file';
import { snapshotFingerprint } from './fingerprint';
import { parseCatalogue, parseSnapshot } from './snapshot';

export async function answer(
  request: Extract<ToWorker, { type: 'load' }>,
  signal?: AbortSignal,
): Promise<FromWorker> {
  const { id, kind, baseUrl, file } = request;
  try {
    const text = await fetchDataFile(baseUrl, file, signal);
    if (kind === 'catalogue') return { id, ok: true, value: parseCatalogue(file, text) };
    const value = parseSnapshot(file, text);
    return { id, ok: true, checked: text, fingerprint: snapshotFingerprint(value) };
  } catch (e) {
    return { id, ok: false, error: errorToWire(e) };
  }
}

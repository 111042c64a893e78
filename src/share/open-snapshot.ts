/**
 * Reading a snapshot the user chose (a file, or a URL fetched on their click) and keeping it when it is valid.
 * Every failure is an Error whose message can be shown as is, or a SnapshotError listing JSON paths.
 */
import type { OwnSnapshot } from '../data/own-snapshots';
import { MAX_SNAPSHOT_BYTES, parseSnapshotFile } from '../data/snapshot';

/** How long a URL may take before the open is given up. */
const URL_DEADLINE_MS = 20_000;

/** Messages in the reader's language for what can go wrong before the snapshot checks run. */
export interface OpenMessages {
  notHttp: (url: string) => string;
  unreachable: (url: string) => string;
  httpStatus: (url: string, status: number) => string;
}

/**
 * A file over the limit is refused from its size alone, before a byte of it is read: the size check of
 * parseSnapshotFile runs first, so an empty text with the real size raises its message.
 */
function refuseOversize(origin: string, bytes: number) {
  if (bytes > MAX_SNAPSHOT_BYTES) parseSnapshotFile(origin, '', bytes);
}

/**
 * The store is imported the way the shell imports it (on demand), so the bundle keeps it in one chunk rather
 * than adding a facade chunk to the first load's list of dependencies.
 */
async function save(...args: Parameters<typeof import('../data/own-snapshots').saveOwnSnapshot>) {
  const { saveOwnSnapshot } = await import('../data/own-snapshots');
  return saveOwnSnapshot(...args);
}

export async function openSnapshotFile(file: File): Promise<OwnSnapshot> {
  refuseOversize(file.name, file.size);
  return save(await file.text(), file.name, 'file', file.size);
}

export async function openSnapshotUrl(address: string, messages: OpenMessages): Promise<OwnSnapshot> {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new Error(messages.notHttp(address));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(messages.notHttp(address));
  const origin = url.href;
  let response: Response;
  try {
    // No cookies and no referrer: the address is the user's, and nothing of this site need go with it.
    response = await fetch(origin, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(URL_DEADLINE_MS),
    });
  } catch {
    // A CORS refusal and a network failure look the same to the page (a TypeError with no detail).
    throw new Error(messages.unreachable(origin));
  }
  if (!response.ok) throw new Error(messages.httpStatus(origin, response.status));
  refuseOversize(origin, Number(response.headers.get('content-length') ?? 0));
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new Error(messages.unreachable(origin));
  }
  return save(text, origin, 'url');
}

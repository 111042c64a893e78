/**
 * Snapshots a user opened from a file or a URL, kept in this browser (IndexedDB) until removed and never
 * uploaded. Each is stored as the text it was opened from and checked again, by the same schema and
 * consistency checks as the shipped one, every time it is read: a build with a stricter schema must not show
 * figures an older build accepted.
 */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { parseSnapshotFile } from './snapshot';
import { textHash } from './fingerprint';
import type { LocalizedText, Snapshot } from './schema';

import { OWN_PREFIX } from './own-snapshot-id';

export { isOwnSnapshotId, OWN_PREFIX } from './own-snapshot-id';

export interface OwnSnapshotMeta {
  /** `own-` and a hash of the text: opening the same file twice keeps one copy. */
  id: string;
  /** The file's name, or the URL it was fetched from. */
  origin: string;
  from: 'file' | 'url';
  /** ISO time it was opened. */
  openedAt: string;
  bytes: number;
  /** The snapshot's own id and title, as the file gives them. */
  snapshotId: string;
  title: LocalizedText;
}

interface OwnSnapshotRecord extends OwnSnapshotMeta {
  text: string;
}

export interface OwnSnapshot {
  meta: OwnSnapshotMeta;
  snapshot: Snapshot;
}

let store: UseStore | undefined;
const ownStore = () => (store ??= createStore('mic-dashboard', 'own-snapshots'));

/** A stable, short id for the same content. */
export function ownSnapshotId(text: string): string {
  return `${OWN_PREFIX}${textHash(text)}${text.length.toString(36)}`;
}

/**
 * Checks the text and, when it is a valid snapshot, keeps it. Throws SnapshotError (nothing is stored) when it
 * is not; the error lists every problem with its JSON path.
 */
export async function saveOwnSnapshot(
  text: string,
  origin: string,
  from: OwnSnapshotMeta['from'],
  bytes = new Blob([text]).size,
  now = new Date(),
): Promise<OwnSnapshot> {
  const snapshot = parseSnapshotFile(origin, text, bytes);
  const meta: OwnSnapshotMeta = {
    id: ownSnapshotId(text),
    origin,
    from,
    openedAt: now.toISOString(),
    bytes,
    snapshotId: snapshot.id,
    title: snapshot.title,
  };
  await set(meta.id, { ...meta, text } satisfies OwnSnapshotRecord, ownStore());
  return { meta, snapshot };
}

function metaOf(record: OwnSnapshotRecord): OwnSnapshotMeta {
  const meta: Partial<OwnSnapshotRecord> = { ...record };
  delete meta.text;
  return meta as OwnSnapshotMeta;
}

/** Every kept snapshot, the most recently opened first. */
export async function listOwnSnapshots(): Promise<OwnSnapshotMeta[]> {
  const records = await values<OwnSnapshotRecord>(ownStore());
  return records.map(metaOf).sort((a, b) => b.openedAt.localeCompare(a.openedAt));
}

/** A kept snapshot, checked again; `undefined` when there is none with this id. Throws SnapshotError. */
export async function loadOwnSnapshot(id: string): Promise<OwnSnapshot | undefined> {
  const record = await get<OwnSnapshotRecord>(id, ownStore());
  if (!record) return undefined;
  return { meta: metaOf(record), snapshot: parseSnapshotFile(record.origin, record.text, record.bytes) };
}

export async function removeOwnSnapshot(id: string): Promise<void> {
  await del(id, ownStore());
}

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  isOwnSnapshotId,
  listOwnSnapshots,
  loadOwnSnapshot,
  ownSnapshotId,
  removeOwnSnapshot,
  saveOwnSnapshot,
} from './own-snapshots';
import { SnapshotError } from './errors';

const edited = readFileSync('test/fixtures/snapshots/edited.json', 'utf8');

describe('snapshots opened by the user', () => {
  it('keeps a valid file under an own- id and gives it back checked', async () => {
    const { meta, snapshot } = await saveOwnSnapshot(edited, 'edited.json', 'file');
    expect(isOwnSnapshotId(meta.id)).toBe(true);
    expect(meta.id).toBe(ownSnapshotId(edited));
    expect(meta).toMatchObject({ origin: 'edited.json', from: 'file', snapshotId: snapshot.id });
    const again = await loadOwnSnapshot(meta.id);
    expect(again?.snapshot).toEqual(snapshot);
    expect((await listOwnSnapshots()).map((m) => m.id)).toContain(meta.id);
    await removeOwnSnapshot(meta.id);
    expect(await loadOwnSnapshot(meta.id)).toBeUndefined();
  });

  it('stores nothing when the file is not a valid snapshot', async () => {
    const before = (await listOwnSnapshots()).length;
    await expect(saveOwnSnapshot('{"schemaVersion": 1}', 'bad.json', 'file')).rejects.toBeInstanceOf(
      SnapshotError,
    );
    expect(await listOwnSnapshots()).toHaveLength(before);
  });

  it('opening the same text twice keeps one copy', async () => {
    await saveOwnSnapshot(edited, 'a.json', 'file', undefined, new Date('2026-01-01'));
    await saveOwnSnapshot(edited, 'b.json', 'file', undefined, new Date('2026-01-02'));
    const list = await listOwnSnapshots();
    expect(list.filter((m) => m.id === ownSnapshotId(edited))).toHaveLength(1);
    expect(list[0]?.origin).toBe('b.json');
  });
});

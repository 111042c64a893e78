import { readFileSync } from 'node:fs';
import type { Page } from './browser';

/** The edited copy of the shipped snapshot (3 changed, 2 added, 1 removed figure), as a user would open it. */
export const EDITED = readFileSync('test/fixtures/snapshots/edited.json', 'utf8');

/** Keeps the file as the app's store does (idb-keyval: database 'mic-dashboard', store 'own-snapshots'). */
export async function keepOwnSnapshot(page: Page, id: string, text: string) {
  await page.evaluate(
    async ({ id, text }) => {
      const parsed = JSON.parse(text) as { id: string; title: unknown };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('mic-dashboard');
        open.onupgradeneeded = () => open.result.createObjectStore('own-snapshots');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(String(open.error)));
      });
      const record = {
        id,
        origin: 'edited.json',
        from: 'file',
        openedAt: new Date().toISOString(),
        bytes: text.length,
        snapshotId: parsed.id,
        title: parsed.title,
        text,
      };
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('own-snapshots', 'readwrite');
        tx.objectStore('own-snapshots').put(record, id);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(String(tx.error)));
      });
      db.close();
    },
    { id, text },
  );
}

/** Ids of snapshots a user opened start with this, so they never collide with the catalogue's ids. */
export const OWN_PREFIX = 'own-';
export const isOwnSnapshotId = (id: string): boolean => id.startsWith(OWN_PREFIX);

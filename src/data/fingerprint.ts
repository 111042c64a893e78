/**
 * A short fingerprint of a parsed snapshot: its id, then FNV-1a over its JSON. A page pre-rendered with one
 * snapshot is hydrated only if the browser fetched the same one: after a data update the HTML may be older than
 * the data, and hydrating it would show the old figures (or make React throw away the page with an error).
 * A snapshot parsed from a file (data/snapshot.ts) carries the fingerprint of that file's text, made as it was
 * parsed; only another object (a test's, a copy) is serialised here to make one.
 */
export function snapshotFingerprint(snapshot: { id: string }): string {
  const known = fingerprints.get(snapshot);
  if (known !== undefined) return known;
  const fingerprint = textFingerprint(snapshot.id, JSON.stringify(snapshot));
  fingerprints.set(snapshot, fingerprint);
  return fingerprint;
}

/**
 * The fingerprint of a snapshot's JSON text. Hashing the file as read costs a tenth of serialising the parsed
 * object again (11 against 130-220 ms for a 10 MB snapshot). The same data written out otherwise (another
 * indentation) gets another fingerprint: the page is then rendered afresh, which is slower but never wrong.
 */
export function textFingerprint(id: string, text: string): string {
  return `${id}:${textHash(text)}-${text.length.toString(36)}`;
}

/** Fingerprints by snapshot object: snapshots are never changed in place, and hashing one costs a walk of it all. */
const fingerprints = new WeakMap<object, string>();

/**
 * Takes the fingerprint the data worker made of the snapshot it checked (data-worker-answer.ts), so the page
 * does not serialise and hash it again on its main thread while a pre-rendered page waits to be taken over.
 */
export function rememberFingerprint(snapshot: object, fingerprint: string): void {
  fingerprints.set(snapshot, fingerprint);
}

/** FNV-1a over the text's UTF-16 code units, in base 36: short, stable, and not for security. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * Whether `snapshot` is the one a page was pre-rendered with. Another snapshot's id answers without hashing:
 * hashing walks the whole file, a quarter of a second for a 10 MB one.
 */
export function sameSnapshot(snapshot: { id: string }, fingerprint: string | undefined): boolean {
  if (!fingerprint?.startsWith(`${snapshot.id}:`)) return false;
  return snapshotFingerprint(snapshot) === fingerprint;
}

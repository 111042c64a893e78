import { describe, expect, it } from 'vitest';
import { rememberFingerprint, sameSnapshot, snapshotFingerprint, textFingerprint } from './fingerprint';
import { parseSnapshot } from './snapshot';
import { fixtureDataFile } from '../../test/support/msw-server';

const snapshot = { id: 'mic-2021', figures: [{ value: 7000 }] };

describe('snapshot fingerprint', () => {
  it('matches the snapshot it was made from', () => {
    expect(sameSnapshot(snapshot, snapshotFingerprint(snapshot))).toBe(true);
  });

  it('tells an edited snapshot with the same id from the original', () => {
    const edited = { ...snapshot, figures: [{ value: 7001 }] };
    expect(sameSnapshot(edited, snapshotFingerprint(snapshot))).toBe(false);
  });

  it('refuses another snapshot by its id, and a page with no fingerprint', () => {
    expect(sameSnapshot({ ...snapshot, id: 'synthetic-x100' }, snapshotFingerprint(snapshot))).toBe(false);
    expect(sameSnapshot(snapshot, undefined)).toBe(false);
  });

  it('does not take an id that merely begins like the snapshot’s', () => {
    const fingerprint = snapshotFingerprint(snapshot);
    expect(sameSnapshot({ ...snapshot, id: 'mic' }, fingerprint)).toBe(false);
  });

  it('takes a fingerprint made elsewhere for that very object, and only for it', () => {
    const received = { ...snapshot };
    rememberFingerprint(received, 'mic-2021:made-by-the-worker');
    expect(snapshotFingerprint(received)).toBe('mic-2021:made-by-the-worker');
    expect(snapshotFingerprint({ ...snapshot })).toBe(snapshotFingerprint(snapshot));
  });

  it('fingerprints a parsed snapshot by its file’s text, the same wherever that text is parsed', () => {
    const text = fixtureDataFile('mic-2021.json');
    const parsed = parseSnapshot('mic-2021.json', text);
    expect(snapshotFingerprint(parsed)).toBe(textFingerprint(parsed.id, text));
    expect(snapshotFingerprint(parseSnapshot('mic-2021.json', text))).toBe(snapshotFingerprint(parsed));
    // The same data written out otherwise is not taken for the pre-rendered one: rendered afresh, never wrong.
    const reindented = JSON.stringify(JSON.parse(text), null, 1);
    expect(sameSnapshot(parseSnapshot('mic-2021.json', reindented), snapshotFingerprint(parsed))).toBe(false);
  });
});

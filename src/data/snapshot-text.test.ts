/**
 * The page reads a snapshot the data worker checked by parsing its text again (snapshot-text.ts). That gives the
 * checked object only while the schema returns what it was given: strict objects, no defaults, no transforms.
 * A schema that began to change data on the way through would fail here.
 */
import { describe, expect, it } from 'vitest';
import { fixtureDataFile, shippedDataFile } from '../../test/support/msw-server';
import { parseSnapshot } from './snapshot';
import { parseCheckedSnapshot } from './snapshot-text';
import { snapshotFingerprint } from './fingerprint';

describe('a checked snapshot read again from its text', () => {
  it.each([
    ['the shipped snapshot', shippedDataFile('mic-2021.json')],
    ['the test fixture', fixtureDataFile('mic-2021.json')],
  ])('is the object the checks returned (%s)', (_, text) => {
    const checked = parseSnapshot('mic-2021.json', text);
    const read = parseCheckedSnapshot(text, snapshotFingerprint(checked));
    expect(read).toStrictEqual(checked);
    expect(snapshotFingerprint(read)).toBe(snapshotFingerprint(checked));
  });
});

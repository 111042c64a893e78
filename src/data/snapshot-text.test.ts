/**
 * The page reads a snapshot the data worker checked by parsing its text itself (snapshot-text.ts). That gives the
 * checked object only while the schema returns what it was given: strict objects, no defaults, no transforms.
 * A schema that began to change data on the way through would fail here.
 */
import { describe, expect, it } from 'vitest';
import { fixtureDataFile, shippedDataFile } from '../../test/support/msw-server';
import { parseSnapshot } from './snapshot';
import { defaultSnapshotFile, parseWhileChecked } from './snapshot-text';
import { snapshotFingerprint } from './fingerprint';

describe('a checked snapshot read again from its text', () => {
  it.each([
    ['the shipped snapshot', shippedDataFile('mic-2021.json')],
    ['the test fixture', fixtureDataFile('mic-2021.json')],
  ])('is the object the checks returned (%s)', (_, text) => {
    const checked = parseSnapshot('mic-2021.json', text);
    const read = parseWhileChecked(text)(snapshotFingerprint(checked));
    expect(read).toStrictEqual(checked);
    expect(snapshotFingerprint(read)).toBe(snapshotFingerprint(checked));
  });

  it('throws only when given out, for text that is not JSON', () => {
    const give = parseWhileChecked('{"id": ');
    expect(() => give('x')).toThrow(SyntaxError);
  });
});

describe("the default snapshot an unchecked catalogue names, read ahead of the catalogue's checks", () => {
  it('is the file of the entry whose id is the default', () => {
    expect(defaultSnapshotFile(shippedDataFile('index.json'))).toBe('mic-2021.json');
    const catalogue = {
      default: 'b',
      snapshots: [
        { id: 'a', file: 'a.json' },
        { id: 'b', file: 'b-2.json' },
      ],
    };
    expect(defaultSnapshotFile(JSON.stringify(catalogue))).toBe('b-2.json');
  });

  it.each([
    ['not JSON', '{'],
    ['null', 'null'],
    ['no entries', '{"default": "a"}'],
    ['no entry for the default', '{"default": "c", "snapshots": [{"id": "a", "file": "a.json"}]}'],
    ['a file outside data/', '{"default": "a", "snapshots": [{"id": "a", "file": "../secret.json"}]}'],
    ['a file that is not JSON', '{"default": "a", "snapshots": [{"id": "a", "file": "a.html"}]}'],
    ['an entry that is not an object', '{"default": "a", "snapshots": [null, "a"]}'],
  ])('is none for %s', (_, text) => {
    expect(defaultSnapshotFile(text)).toBeUndefined();
  });
});

/**
 * The view tests' frozen snapshot (test/fixtures/data) must stay a valid snapshot of the current schema:
 * when the schema changes, this fails first and says the fixture needs the same change as the shipped data.
 */
import { describe, expect, it } from 'vitest';
import { parseCatalogue, parseSnapshot } from '../../src/data/snapshot';
import { fixtureDataFile } from '../support/msw-server';

describe('test fixture snapshot', () => {
  it('passes the schema and every consistency check, and is real data (not marked synthetic)', () => {
    const catalogue = parseCatalogue('index.json', fixtureDataFile('index.json'));
    const entry = catalogue.snapshots.find((s) => s.id === catalogue.default);
    expect(entry).toBeDefined();
    const snapshot = parseSnapshot(entry!.file, fixtureDataFile(entry!.file));
    expect(snapshot.id).toBe(entry!.id);
    expect(snapshot.synthetic).not.toBe(true);
  });
});

/**
 * How long the app's data work takes: parsing and checking the shipped snapshot on load, and building the
 * /sources figure table. The large case is synthetic (the shipped events and sub-clusters repeated ten
 * times, ids made unique) and exists only here. Run with `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { parseSnapshot } from '../../src/data/snapshot';
import { buildFigureRows } from '../../src/i18n/figure-index';
import { translator } from '../../src/i18n';
import { shippedDataFile } from '../support/msw-server';
import { syntheticSnapshotJson } from '../fixtures/snapshot-fixture';

const shipped = shippedDataFile('mic-2021.json');
const large = syntheticSnapshotJson((s) => {
  const events = s.events;
  s.events = Array.from({ length: 10 }, (_, k) => events.map((e) => ({ ...e, id: `${e.id}-${k}` }))).flat();
});
const snapshot = parseSnapshot('mic-2021.json', shipped);
const t = translator('en');

describe('snapshot', () => {
  bench('parse and check the shipped snapshot (200 kB)', () => {
    parseSnapshot('mic-2021.json', shipped);
  });
  bench('parse and check a synthetic snapshot with 10× the events', () => {
    parseSnapshot('synthetic.json', large);
  });
  bench('build the /sources figure table', () => {
    buildFigureRows(snapshot, 'en', t);
  });
});

import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../data/snapshot';
import { translator } from '../../i18n';
import { EXPECTED_EDITS } from '../../../test/fixtures/snapshots/edited-snapshot';
import { compareSnapshots, comparisonCsv } from './compare-rows';

const read = (file: string, path: string) => parseSnapshot(file, readFileSync(path, 'utf8'));
const shipped = read('mic-2021.json', 'public/data/mic-2021.json');
const edited = read('edited.json', 'test/fixtures/snapshots/edited.json');
const compare = (lang: 'en' | 'ru') =>
  compareSnapshots(
    { id: 'mic-2021', snapshot: shipped },
    { id: 'own-x', snapshot: edited },
    lang,
    translator(lang),
  );

describe('comparison rows', () => {
  it('labels each figure, groups the rows by view and counts them', () => {
    const c = compare('en');
    expect(c.counts).toEqual({ changed: 3, added: 2, removed: 1 });
    expect(c.groups.map((g) => [g.view, g.rows.length])).toEqual([['growth', 6]]);
    const byId = new Map(c.rows.map((r) => [r.diff.id, r]));
    expect(byId.get('participants-2019-400')).toMatchObject({
      label: 'Participants (Moscow), c. end of 2019',
      view: 'growth',
      snapshotId: 'own-x',
    });
    // A removed figure is found, labelled and linked in the snapshot that still has it.
    expect(byId.get('participants-2020-05-end')?.snapshotId).toBe('mic-2021');
    expect(byId.get('participants-2020-05-end')?.label).toMatch(/^Participants \(Moscow\)/);
    for (const [id, changes] of Object.entries(EXPECTED_EDITS.changed))
      expect(byId.get(id)?.diff.changes).toEqual(changes);
  });

  it('downloads exactly the listed rows, labelled in the page language, with a BOM', () => {
    const c = compare('ru');
    const text = comparisonCsv(c);
    expect(text.startsWith('\ufeffstatus,view,id,label,changes,path,before,after,before_value')).toBe(true);
    const rows = csvParse(text.slice(1));
    expect(rows.map((r) => r.id)).toEqual(c.rows.map((r) => r.diff.id));
    expect(rows.map((r) => r.label)).toEqual(c.rows.map((r) => r.label));
    const changed = rows.find((r) => r.id === 'participants-2019-400');
    expect(changed).toMatchObject({
      status: 'changed',
      changes: 'value',
      before_value: '400',
      after_value: '450',
    });
    const added = rows.find((r) => r.id === 'total-2026-09');
    expect(added).toMatchObject({
      before: '',
      before_value: '',
      after_kind: 'lowerBound',
      after_date: '2026-09',
    });
  });
});

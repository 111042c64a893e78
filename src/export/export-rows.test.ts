import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { toCsv, toExportRows } from './export-rows';
import { wrapText } from './export-svg';
import { shippedSnapshot } from '../../test/fixtures/snapshot-fixture';
import { translator } from '../i18n';

const snapshot = shippedSnapshot();

describe('download contents', () => {
  it('holds each figure with its kind, formula, date precision and source', () => {
    const services = snapshot.sectors.members[0]!;
    const rows = toExportRows(
      [
        { label: 'Partners', figure: snapshot.regions.partners },
        { label: 'Members: services', figure: services.count! },
      ],
      snapshot,
      'en',
      translator('en'),
    );
    expect(rows[0]).toMatchObject({
      value: 6500,
      as_worded: 'more than 6,500',
      kind: 'lowerBound',
      date: '2021-07',
      date_precision: 'month',
      source: 'seed',
    });
    expect(rows[1]).toMatchObject({ value: 7584, kind: 'derived' });
    expect(rows[1]?.formula).toContain('15,800');
  });
  it('writes CSV that a CSV reader gets back intact, commas and quotes included', () => {
    const rows = toExportRows(
      [{ label: 'Troitsk "New Materials, Laser"', figure: snapshot.subclusters.items[0]!.participants }],
      snapshot,
      'ru',
      translator('ru'),
    );
    const text = toCsv(rows);
    expect(text.startsWith('\ufeff')).toBe(true);
    const parsed = csvParse(text.slice(1));
    expect(parsed[0]?.label).toBe('Troitsk "New Materials, Laser"');
    expect(parsed[0]?.value).toBe('36');
    expect(parsed.columns).toContain('locator');
  });
  it('wraps long SVG text lines at spaces', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  });
});

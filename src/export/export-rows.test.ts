import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { toCsv, toExportRows } from './export-rows';
import { tableSvg } from './export-svg';
import { fixtureSnapshot } from '../../test/fixtures/snapshot-fixture';
import { translator } from '../i18n';

const snapshot = fixtureSnapshot();

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
});

describe('the SVG table of a chart drawn in HTML', () => {
  const colors = { text: '#111', muted: '#555', grid: '#ddd' };
  const table = {
    head: ['No.', 'What', 'MIC evidence'],
    rows: [
      [
        '1',
        'Broader initiatives with large number of participants (1000+)',
        '• 15,800 members\n• 20 times more',
      ],
      ['2', 'Open membership & <cross-sectoral> topics', ''],
    ],
  };
  const { markup, width, height } = tableSvg(table, 640, colors);
  const texts = [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

  it('holds every cell, escaped, with line breaks kept and long text wrapped', () => {
    expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(texts).toContain('• 15,800 members');
    expect(texts).toContain('• 20 times more');
    expect(texts.join(' ')).toContain('Open membership &amp; &lt;cross-sectoral&gt; topics');
    expect(texts.filter((t) => t === 'No.')).toHaveLength(1);
    expect(width).toBe(640);
    expect(height).toBeGreaterThan(3 * 25);
  });

  it('keeps every column at least 44 px wide, so a short column does not run into the next', () => {
    const xs = [...new Set([...markup.matchAll(/<text x="([\d.]+)"/g)].map((m) => Number(m[1])))].sort(
      (a, b) => a - b,
    );
    expect(xs).toHaveLength(3);
    expect(xs[1]! - xs[0]!).toBeGreaterThanOrEqual(44);
  });
});

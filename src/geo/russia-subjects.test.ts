import { describe, expect, it } from 'vitest';
import { RUSSIA_SUBJECTS, RUSSIA_TILE_GRID, type RussiaSubject } from './russia-subjects';

const byCode = new Map(RUSSIA_SUBJECTS.map((s) => [s.code, s]));

function subject(code: string): RussiaSubject {
  const s = byCode.get(code as RussiaSubject['code']);
  if (!s) throw new Error(`No subject ${code}`);
  return s;
}

/** Chebyshev distance between two subjects' tiles: 1 = the squares touch (also diagonally). */
function tileDistance(a: string, b: string): number {
  const ta = subject(a).tile;
  const tb = subject(b).tile;
  return Math.max(Math.abs(ta.col - tb.col), Math.abs(ta.row - tb.row));
}

describe('RUSSIA_SUBJECTS', () => {
  it('lists the 83 subjects of ISO 3166-2:RU', () => {
    expect(RUSSIA_SUBJECTS).toHaveLength(83);
    const count = (kind: RussiaSubject['kind']) => RUSSIA_SUBJECTS.filter((s) => s.kind === kind).length;
    expect(count('republic')).toBe(21);
    expect(count('krai')).toBe(9);
    expect(count('oblast')).toBe(46);
    expect(count('federal-city')).toBe(2);
    expect(count('autonomous-oblast')).toBe(1);
    expect(count('autonomous-okrug')).toBe(4);
  });

  it('has unique, well-formed codes', () => {
    for (const s of RUSSIA_SUBJECTS) expect(s.code).toMatch(/^RU-[A-Z]{2,3}$/);
    expect(byCode.size).toBe(RUSSIA_SUBJECTS.length);
    for (const code of [
      'RU-MOW',
      'RU-MOS',
      'RU-SPE',
      'RU-VLA',
      'RU-KLU',
      'RU-NIZ',
      'RU-TUL',
      'RU-TVE',
      'RU-KDA',
      'RU-SA',
    ]) {
      expect(byCode.has(code as RussiaSubject['code'])).toBe(true);
    }
    // Not in ISO 3166-2:RU (listed under UA): Crimea, Sevastopol.
    expect(byCode.has('RU-CR')).toBe(false);
    expect(byCode.has('RU-SEV')).toBe(false);
  });

  it('names every subject and capital in English and Russian', () => {
    for (const s of RUSSIA_SUBJECTS) {
      for (const text of [s.name.en, s.name.ru, s.capital.en, s.capital.ru]) {
        expect(text.trim().length, s.code).toBeGreaterThan(0);
        expect(text, s.code).toBe(text.trim());
      }
      expect(s.name.en, s.code).toMatch(/^[A-Za-z() –-]+$/);
      expect(s.name.ru, s.code).toMatch(/^[А-ЯЁа-яё() —-]+$/);
      expect(s.capital.ru, s.code).toMatch(/^[А-ЯЁа-яё -]+$/);
    }
    expect(subject('RU-MOS').name).toEqual({ en: 'Moscow Oblast', ru: 'Московская область' });
    expect(subject('RU-TA').name).toEqual({ en: 'Republic of Tatarstan', ru: 'Республика Татарстан' });
  });

  it('has unique English and Russian names', () => {
    expect(new Set(RUSSIA_SUBJECTS.map((s) => s.name.en)).size).toBe(83);
    expect(new Set(RUSSIA_SUBJECTS.map((s) => s.name.ru)).size).toBe(83);
  });

  it('assigns the eight federal districts with their sizes', () => {
    const sizes: Record<string, number> = {};
    for (const s of RUSSIA_SUBJECTS) sizes[s.federalDistrict] = (sizes[s.federalDistrict] ?? 0) + 1;
    expect(sizes).toEqual({
      central: 18,
      northwestern: 11,
      southern: 6, // without Crimea and Sevastopol
      'north-caucasian': 7,
      volga: 14,
      ural: 6,
      siberian: 10,
      'far-eastern': 11, // with Buryatia and Zabaykalsky Krai (moved from Siberian in 2018)
    });
  });

  it("puts every capital inside Russia's rough bounding box, with 2-decimal coordinates", () => {
    for (const { code, capital } of RUSSIA_SUBJECTS) {
      expect(capital.lat, code).toBeGreaterThanOrEqual(41);
      expect(capital.lat, code).toBeLessThanOrEqual(82);
      // 19°E…180°E, or past the antimeridian (Chukotka reaches −169°).
      const lonOk = (capital.lon >= 19 && capital.lon <= 180) || (capital.lon >= -180 && capital.lon <= -169);
      expect(lonOk, code).toBe(true);
      expect(Math.round(capital.lat * 100) / 100, code).toBe(capital.lat);
      expect(Math.round(capital.lon * 100) / 100, code).toBe(capital.lon);
    }
    expect(subject('RU-MOS').capital).toMatchObject({ en: 'Krasnogorsk', lon: 37.33, lat: 55.82 });
  });

  it('puts capitals roughly in their geographic order', () => {
    const lat = (code: string) => subject(code).capital.lat;
    const lon = (code: string) => subject(code).capital.lon;
    expect(lat('RU-MUR')).toBeGreaterThan(lat('RU-MOW'));
    expect(lat('RU-DA')).toBeLessThan(lat('RU-MOW'));
    expect(lon('RU-KGD')).toBeLessThan(lon('RU-MOW'));
    expect(lon('RU-CHU')).toBeGreaterThan(lon('RU-KAM'));
  });
});

describe('tile grid', () => {
  it('puts every subject on its own square inside the grid', () => {
    const seen = new Map<string, string>();
    for (const { code, tile } of RUSSIA_SUBJECTS) {
      expect(Number.isInteger(tile.col) && Number.isInteger(tile.row), code).toBe(true);
      expect(tile.col, code).toBeGreaterThanOrEqual(0);
      expect(tile.row, code).toBeGreaterThanOrEqual(0);
      expect(tile.col, code).toBeLessThan(RUSSIA_TILE_GRID.cols);
      expect(tile.row, code).toBeLessThan(RUSSIA_TILE_GRID.rows);
      const key = `${tile.col},${tile.row}`;
      expect(seen.get(key), `${code} shares ${key}`).toBeUndefined();
      seen.set(key, code);
    }
    // The grid is as small as the tiles allow.
    expect(Math.max(...RUSSIA_SUBJECTS.map((s) => s.tile.col)) + 1).toBe(RUSSIA_TILE_GRID.cols);
    expect(Math.max(...RUSSIA_SUBJECTS.map((s) => s.tile.row)) + 1).toBe(RUSSIA_TILE_GRID.rows);
  });

  it('puts Moscow city next to Moscow Oblast', () => {
    expect(tileDistance('RU-MOW', 'RU-MOS')).toBe(1);
  });

  it('surrounds Moscow Oblast with all seven bordering oblasts', () => {
    for (const code of ['RU-TVE', 'RU-YAR', 'RU-VLA', 'RU-RYA', 'RU-TUL', 'RU-KLU', 'RU-SMO']) {
      expect(tileDistance('RU-MOS', code), code).toBe(1);
    }
  });

  // Pairs of subjects that share a land border.
  const BORDERING: readonly (readonly [string, string])[] = [
    ['RU-LEN', 'RU-SPE'],
    ['RU-KR', 'RU-MUR'],
    ['RU-NIZ', 'RU-VLA'],
    ['RU-KDA', 'RU-AD'],
    ['RU-KDA', 'RU-ROS'],
    ['RU-KDA', 'RU-STA'],
    ['RU-CE', 'RU-IN'],
    ['RU-TA', 'RU-BA'],
    ['RU-SAM', 'RU-ORE'],
    ['RU-PER', 'RU-SVE'],
    ['RU-SVE', 'RU-TYU'],
    ['RU-KHM', 'RU-YAN'],
    ['RU-NVS', 'RU-TOM'],
    ['RU-KYA', 'RU-IRK'],
    ['RU-IRK', 'RU-BU'],
    ['RU-SA', 'RU-KHA'],
    ['RU-KHA', 'RU-PRI'],
    ['RU-AMU', 'RU-YEV'],
    ['RU-MAG', 'RU-CHU'],
    ['RU-KAM', 'RU-CHU'],
  ];

  it.each(BORDERING)('keeps bordering %s and %s within 2 squares', (a, b) => {
    expect(tileDistance(a, b)).toBeLessThanOrEqual(2);
  });

  it('is roughly geographic: federal districts run west to east and north to south', () => {
    const mean = (district: RussiaSubject['federalDistrict'], axis: 'col' | 'row') => {
      const tiles = RUSSIA_SUBJECTS.filter((s) => s.federalDistrict === district).map((s) => s.tile[axis]);
      return tiles.reduce((a, b) => a + b, 0) / tiles.length;
    };
    const westToEast = (['central', 'volga', 'ural', 'siberian', 'far-eastern'] as const).map((d) =>
      mean(d, 'col'),
    );
    expect(westToEast).toEqual([...westToEast].sort((a, b) => a - b));
    const northToSouth = (['northwestern', 'central', 'southern', 'north-caucasian'] as const).map((d) =>
      mean(d, 'row'),
    );
    expect(northToSouth).toEqual([...northToSouth].sort((a, b) => a - b));
    const tile = (code: string) => subject(code).tile;
    expect(tile('RU-KGD').col).toBeLessThan(tile('RU-MOW').col);
    expect(tile('RU-MOW').col).toBeLessThan(tile('RU-NVS').col);
    expect(tile('RU-NVS').col).toBeLessThan(tile('RU-PRI').col);
    expect(tile('RU-MUR').row).toBeLessThan(tile('RU-SPE').row);
    expect(tile('RU-SPE').row).toBeLessThan(tile('RU-MOW').row);
    expect(tile('RU-MOW').row).toBeLessThan(tile('RU-DA').row);
  });
});

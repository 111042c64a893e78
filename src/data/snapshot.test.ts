import { describe, expect, it } from 'vitest';
import { SnapshotError } from './errors';
import { parseCatalogue, parseSnapshot } from './snapshot';
import { fixtureDataFile } from '../../test/support/msw-server';

const FILE = 'mic-2021.json';
type Key = string | number;

/** Follows `path` into parsed JSON and returns the container holding its last key. */
function parentOf(json: unknown, path: Key[]): Record<Key, unknown> {
  let node = json as Record<Key, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<Key, unknown>;
  return node;
}
const set = (path: Key[], value: unknown) => (json: unknown) => {
  parentOf(json, path)[path.at(-1)!] = value;
};
const remove = (path: Key[]) => (json: unknown) => {
  delete parentOf(json, path)[path.at(-1)!];
};
const get = (json: unknown, path: Key[]) => parentOf(json, path)[path.at(-1)!];

/** The fixture snapshot as plain JSON, changed by `mutate`, parsed; returns the problems found. */
function problemsAfter(...mutations: ((json: unknown) => void)[]): { path: string; message: string }[] {
  const json: unknown = JSON.parse(fixtureDataFile(FILE));
  for (const mutate of mutations) mutate(json);
  try {
    parseSnapshot(FILE, JSON.stringify(json));
  } catch (e) {
    if (e instanceof SnapshotError) {
      expect(e.file).toBe(FILE);
      expect(e.message.startsWith(`${FILE}: `)).toBe(true);
      return e.problems;
    }
    throw e;
  }
  return [];
}

describe('snapshot validation names the JSON path of every problem', () => {
  it('accepts the shipped snapshot', () => {
    expect(problemsAfter()).toEqual([]);
  });

  it('rejects a wrong type', () => {
    const problems = problemsAfter(set(['subclusters', 'items', 3, 'participants', 'value'], '44'));
    expect(problems).toEqual([
      {
        path: '$.subclusters.items[3].participants.value',
        message: 'Invalid input: expected number, received string',
      },
    ]);
  });

  it('rejects a missing field', () => {
    const problems = problemsAfter(remove(['regions', 'partners', 'sources']));
    expect(problems.map((p) => p.path)).toEqual(['$.regions.partners.sources']);
  });

  it('rejects a dated fact without its citation, and uncited framework tables', () => {
    const problems = problemsAfter(
      set(['subclusters', 'firstCreated'], { value: '2020-06', precision: 'month' }),
      set(['regions', 'openedToRegions', 'sources'], []),
      remove(['framework', 'featuresSources']),
    );
    expect(problems.map((p) => p.path)).toEqual([
      '$.subclusters.firstCreated.date',
      '$.subclusters.firstCreated.sources',
      '$.subclusters.firstCreated',
      '$.regions.openedToRegions.sources',
      '$.framework.featuresSources',
    ]);
    expect(problems.find((p) => p.path === '$.subclusters.firstCreated')?.message).toMatch(
      /value.*precision/,
    );
  });

  it('rejects a framework table cited to an unknown source', () => {
    expect(problemsAfter(set(['framework', 'goalsSources', 0, 'source'], 'nowhere'))).toEqual([
      { path: '$.framework.goalsSources[0].source', message: 'unknown source id "nowhere"' },
    ]);
  });

  it('rejects an unknown source id', () => {
    const problems = problemsAfter(
      set(['sectors', 'projectsTotal', 'sources', 0, 'source'], 'no-such-source'),
    );
    expect(problems).toEqual([
      { path: '$.sectors.projectsTotal.sources[0].source', message: 'unknown source id "no-such-source"' },
    ]);
  });

  it('rejects shares that do not sum to 100, and the derived count that no longer matches', () => {
    const problems = problemsAfter(set(['sectors', 'members', 0, 'share', 'value'], 50));
    expect(problems).toContainEqual({
      path: '$.sectors.members',
      message: 'sector shares sum to 102, not 100',
    });
    const derived = problems.find((p) => p.path === '$.sectors.members[0].count.value');
    expect(derived?.message).toBe('derived value 7584 does not match its formula (percentOf gives 7900)');
  });

  it('rejects duplicate figure ids', () => {
    const problems = problemsAfter((j) =>
      set(['regions', 'regionCount', 'id'], get(j, ['regions', 'partners', 'id']))(j),
    );
    expect(problems.some((p) => p.message.startsWith('duplicate figure id'))).toBe(true);
  });

  it('reports several problems at once', () => {
    const problems = problemsAfter(
      set(['schemaVersion'], 2),
      set(['events', 0, 'start', 'value'], 'June 2020'),
      set(['regions', 'items', 0, 'code'], 'Moscow'),
    );
    expect(problems.map((p) => p.path)).toEqual([
      '$.schemaVersion',
      '$.regions.items[0].code',
      '$.events[0].start.value',
    ]);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseSnapshot(FILE, '{"schemaVersion": 1,')).toThrow(/mic-2021\.json: \$: not valid JSON/);
  });

  it('rejects a catalogue whose default names no snapshot', () => {
    const bad = JSON.stringify({
      default: 'x',
      snapshots: [{ id: 'y', file: 'y.json', title: { en: 'Y', ru: 'Y' }, compiled: '2026-01-01' }],
    });
    expect(() => parseCatalogue('index.json', bad)).toThrow('index.json: $.default: no snapshot with id "x"');
  });
});

describe('snapshot validation refuses what cannot be true', () => {
  const first = (...mutations: ((json: unknown) => void)[]) => problemsAfter(...mutations)[0];

  it('refuses a negative count', () => {
    expect(first(set(['subclusters', 'items', 3, 'participants', 'value'], -400))).toEqual({
      path: '$.subclusters.items[3].participants.value',
      message: 'a figure cannot be negative',
    });
  });

  it('refuses a value no count reaches, and one that is not finite', () => {
    expect(first(set(['regions', 'partners', 'value'], 1e308))?.path).toBe('$.regions.partners.value');
    const json = fixtureDataFile(FILE).replace(/("id": ?"sector-services-share",\s*"value": ?)48/, '$11e400');
    expect(json).toContain('1e400');
    expect(() => parseSnapshot(FILE, json)).toThrow(
      '$.sectors.members[0].share.value: values are finite numbers',
    );
  });

  it('refuses a share over 100 %', () => {
    expect(first(set(['sectors', 'members', 0, 'share', 'value'], 148))).toMatchObject({
      path: '$.sectors.members[0].share.value',
      message: 'a share cannot be over 100 %',
    });
  });

  it('refuses a day that is not in the calendar', () => {
    expect(first(set(['events', 5, 'start', 'value'], '2020-02-30'))).toEqual({
      path: '$.events[5].start.value',
      message: '2020-02-30 is not a day of the calendar',
    });
  });

  it('refuses a compiled date that does not exist', () => {
    expect(first(set(['compiled'], '2020-13-45'))).toEqual({
      path: '$.compiled',
      message: 'the compiled date is not a day of the calendar',
    });
  });

  it('refuses a precision that does not match how the date is written', () => {
    expect(first(set(['regions', 'partners', 'date', 'precision'], 'day'))).toEqual({
      path: '$.regions.partners.date.precision',
      message: 'precision "day" does not match 2021-07, which is written as a month',
    });
  });

  it('refuses a period that ends before it starts, and accepts one ending in the month it starts', () => {
    expect(first(set(['events', 5, 'end'], { value: '2020-02', precision: 'month' }))).toEqual({
      path: '$.events[5].end',
      message: 'the period ends (2020-02) before it starts (2020-03-30)',
    });
    expect(problemsAfter(set(['events', 5, 'end'], { value: '2020-03', precision: 'month' }))).toEqual([]);
  });
});

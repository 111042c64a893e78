import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnapshotError } from '../../src/data/errors';
import { parseSnapshot, parseSnapshotFile, jsonDepth } from '../../src/data/snapshot';
import { diffSnapshots } from '../../src/data/snapshot-diff';
import { snapshotTemplate } from '../../src/data/snapshot-template';
import { BROKEN_FIXTURES, MARKUP_FIXTURE, oversizedText } from '../fixtures/snapshots/broken-snapshots';
import { EXPECTED_EDITS, editedSnapshot } from '../fixtures/snapshots/edited-snapshot';
import { editedEveryView } from '../fixtures/snapshots/edited-every-view';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'test/fixtures/snapshots');
const shippedText = readFileSync(join(ROOT, 'public/data/mic-2021.json'), 'utf8');
const shipped = parseSnapshot('mic-2021.json', shippedText);

/** The committed fixture files, each equal to what its generator makes (UPDATE_FIXTURES=1 rewrites them). */
const files = [
  ...BROKEN_FIXTURES.map((f) => ({ path: join(DIR, 'broken', f.file), text: f.text })),
  { path: join(DIR, MARKUP_FIXTURE.file), text: MARKUP_FIXTURE.text },
  { path: join(DIR, 'edited.json'), text: `${JSON.stringify(editedSnapshot(shipped), null, 2)}\n` },
  {
    path: join(DIR, 'edited-every-view.json'),
    text: `${JSON.stringify(editedEveryView(shipped), null, 2)}\n`,
  },
];

function problemsOf(file: string, text: string) {
  try {
    parseSnapshotFile(file, text);
  } catch (e) {
    if (e instanceof SnapshotError) return e.problems;
    throw e;
  }
  return [];
}

describe('snapshot fixtures', () => {
  it.each(files.map((f) => [f.path.slice(DIR.length + 1), f]))('%s is what its generator makes', (_, f) => {
    if (process.env.UPDATE_FIXTURES) {
      mkdirSync(join(DIR, 'broken'), { recursive: true });
      writeFileSync(f.path, f.text);
    }
    expect(readFileSync(f.path, 'utf8')).toBe(f.text);
  });
});

describe('a snapshot from outside the build', () => {
  it.each(BROKEN_FIXTURES.map((f) => [f.file, f]))('%s is refused with its path and message', (_, f) => {
    const problems = problemsOf(f.file, f.text);
    expect(problems.length).toBeGreaterThan(0);
    const found = problems.find((p) => p.path === f.expect.path);
    expect(found?.message).toContain(f.expect.message);
  });

  it('over 20 MB is refused before parsing, naming the size', () => {
    const problems = problemsOf('big.json', oversizedText());
    expect(problems.map((p) => p.path)).toEqual(['$']);
    expect(problems[0]?.message).toMatch(/the file is 25\.\d MB; a snapshot may be at most 20\.0 MB/);
  });

  it('with markup in its texts is accepted: the text is data, shown as text', () => {
    expect(problemsOf(MARKUP_FIXTURE.file, MARKUP_FIXTURE.text)).toEqual([]);
  });

  it('nesting is measured outside strings only', () => {
    expect(jsonDepth('{"a":"[[[[{{{{","b":[1,{"c":"\\"[["}]}')).toBe(3);
  });

  it('the template passes every check', () => {
    expect(problemsOf('template.json', JSON.stringify(snapshotTemplate('2026-12-01')))).toEqual([]);
  });
});

describe('the diff of the shipped snapshot and its edited copy', () => {
  const { rows, counts } = diffSnapshots(shipped, editedSnapshot(shipped));

  it('finds exactly 3 changed, 2 added and 1 removed figure', () => {
    expect(counts).toEqual({ changed: 3, added: 2, removed: 1 });
    const changed = Object.fromEntries(
      rows.filter((r) => r.status === 'changed').map((r) => [r.id, r.changes]),
    );
    expect(changed).toEqual(EXPECTED_EDITS.changed);
    expect(rows.filter((r) => r.status === 'added').map((r) => r.id)).toEqual(EXPECTED_EDITS.added);
    expect(rows.filter((r) => r.status === 'removed').map((r) => r.id)).toEqual(EXPECTED_EDITS.removed);
    expect(new Set(rows.map((r) => r.view))).toEqual(new Set(['growth']));
  });

  it('is empty for a snapshot and itself', () => {
    expect(diffSnapshots(shipped, shipped).rows).toEqual([]);
  });
});

// Each run starts Vite's module runner (about a second, more on a busy machine).
describe('npm run snapshot', { timeout: 30_000 }, () => {
  const cli = (...args: string[]) =>
    spawnSync('node', ['scripts/snapshot.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('check exits 0 on the shipped snapshot', () => {
    const run = cli('check', 'public/data/mic-2021.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ mic-2021\.json: valid \(mic-2021, compiled \d{4}-\d{2}-\d{2}: \d+ figures/);
  });

  it('check exits 1 on the broken fixtures and names each JSON path', () => {
    const run = cli('check', '--json', ...BROKEN_FIXTURES.map((f) => join(DIR, 'broken', f.file)));
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { file: string; ok: boolean; problems: { path: string }[] }[];
    for (const f of BROKEN_FIXTURES) {
      const result = results.find((r) => r.file === f.file)!;
      expect(result.ok, f.file).toBe(false);
      expect(result.problems.map((p) => p.path)).toContain(f.expect.path);
    }
  });

  it('new prints a template that check accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snapshot-kit-'));
    const out = join(dir, 'mine.json');
    execFileSync('node', ['scripts/snapshot.mjs', 'new', '--out', out], { cwd: ROOT, stdio: 'pipe' });
    expect(cli('check', out).status).toBe(0);
    expect(cli('new', '--out', out).status).toBe(2); // never overwrites without --force
  });

  it('diff lists the edited copy’s changes, as text and as CSV', () => {
    const text = cli('diff', 'public/data/mic-2021.json', join(DIR, 'edited.json'));
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('mic-2021 → mic-2021-edited: 3 changed, 2 added, 1 removed');
    const csv = cli('diff', '--csv', 'public/data/mic-2021.json', join(DIR, 'edited.json')).stdout;
    expect(csv.trim().split('\n')).toHaveLength(1 + 6);
  });

  it('wrong usage exits 2 with the usage', () => {
    const run = cli('frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage:');
  });
});

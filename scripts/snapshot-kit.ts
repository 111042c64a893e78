/**
 * What `npm run snapshot` does, in TypeScript so it uses the app's own schema, checks and diff (loaded through
 * Vite's module runner by scripts/snapshot.mjs): nothing here re-implements a rule of the app.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { SnapshotError } from '../src/data/errors';
import { MAX_SNAPSHOT_BYTES, parseSnapshotFile } from '../src/data/snapshot';
import { diffSnapshots, type FigureDiff } from '../src/data/snapshot-diff';
import { describeFigure, diffCsv } from '../src/data/diff-csv';
import { snapshotIndex } from '../src/data/snapshot-index';
import { snapshotTemplate } from '../src/data/snapshot-template';
import type { Snapshot } from '../src/data/schema';

export interface CheckResult {
  file: string;
  ok: boolean;
  problems: { path: string; message: string }[];
  summary?: string;
  warnings: string[];
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Reads and checks one file; never throws. */
export function checkFile(path: string): CheckResult & { snapshot?: Snapshot } {
  const file = basename(path);
  let text: string;
  let bytes: number;
  try {
    bytes = statSync(path).size;
    // Read no further than needed to refuse an oversized file.
    text = bytes > MAX_SNAPSHOT_BYTES ? '' : readFileSync(path, 'utf8');
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      file,
      ok: false,
      problems: [{ path: '$', message: `cannot read the file (${message})` }],
      warnings: [],
    };
  }
  try {
    const snapshot = parseSnapshotFile(file, text, bytes);
    const index = snapshotIndex(snapshot);
    const warnings = snapshot.synthetic
      ? ['"synthetic": true: every page will say the figures are made up; remove it once they are real']
      : [];
    const summary = `${snapshot.id}, compiled ${snapshot.compiled}: ${count(index.located.length, 'figure')}, ${count(snapshot.sources.length, 'source')}, ${count(snapshot.events.length, 'event')}`;
    return { file, ok: true, problems: [], summary, warnings, snapshot };
  } catch (e) {
    if (e instanceof SnapshotError) return { file, ok: false, problems: e.problems, warnings: [] };
    throw e;
  }
}

export function templateText(compiled = new Date().toISOString().slice(0, 10)): string {
  return `${JSON.stringify(snapshotTemplate(compiled), null, 2)}\n`;
}

export interface DiffOutput {
  rows: FigureDiff[];
  counts: Record<FigureDiff['status'], number>;
  text: string;
  csv: string;
}

export function diffText(a: Snapshot, b: Snapshot): DiffOutput {
  const { rows, counts } = diffSnapshots(a, b);
  const lines = [
    `${a.id} → ${b.id}: ${counts.changed} changed, ${counts.added} added, ${counts.removed} removed`,
  ];
  for (const view of ['growth', 'sectors', 'subclusters', 'regions', 'other'] as const) {
    const inView = rows.filter((r) => r.view === view);
    if (inView.length === 0) continue;
    lines.push('', `${view} (${inView.length})`);
    for (const r of inView) {
      const what = r.status === 'changed' ? ` [${r.changes.join(', ')}]` : '';
      lines.push(`  ${r.status.padEnd(7)} ${r.id}${what}  ${r.path}`);
      if (r.before) lines.push(`    before: ${describeFigure(r.before)}`);
      if (r.after) lines.push(`    after:  ${describeFigure(r.after)}`);
    }
  }
  return { rows, counts, text: lines.join('\n'), csv: diffCsv(rows) };
}

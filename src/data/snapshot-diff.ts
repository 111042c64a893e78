/**
 * What changed between two snapshots, figure by figure (matched by id): added, removed, and changed in value,
 * kind, date or precision, or sources. Pure and language-free, so `/compare` and `npm run snapshot -- diff`
 * give the same answer.
 */
import type { Figure, Snapshot } from './schema';
import { snapshotIndex } from './snapshot-index';

export type DiffView = 'growth' | 'sectors' | 'subclusters' | 'regions' | 'other';
export type FigureChange = 'value' | 'kind' | 'date' | 'sources';

export interface FigureDiff {
  id: string;
  status: 'added' | 'removed' | 'changed';
  view: DiffView;
  /** JSON path in the newer snapshot (in the older one for a removed figure). */
  path: string;
  before?: Figure;
  after?: Figure;
  /** For a changed figure, what differs; empty for added and removed ones. */
  changes: FigureChange[];
}

export interface SnapshotDiff {
  rows: FigureDiff[];
  counts: Record<FigureDiff['status'], number>;
}

const VIEWS = ['growth', 'sectors', 'subclusters', 'regions'] as const;

/** The view that shows the figure at a JSON path (`$.sectors.members[2].share` → sectors). */
export function viewOfPath(path: string): DiffView {
  const top = /^\$\.(\w+)/.exec(path)?.[1];
  return (VIEWS as readonly string[]).includes(top ?? '') ? (top as DiffView) : 'other';
}

const dateKey = (f: Figure) =>
  f.date ? `${f.date.value}|${f.date.precision}|${f.date.part ?? ''}|${f.date.approximate ? 1 : 0}` : '';
const sourcesKey = (f: Figure) => f.sources.map((c) => `${c.source}\u0000${c.locator}`).join('\u0001');
/** Derived figures also differ when their formula does. */
const kindKey = (f: Figure) => JSON.stringify(f.qualifier);

export function figureChanges(a: Figure, b: Figure): FigureChange[] {
  const changes: FigureChange[] = [];
  if (a.value !== b.value || a.unit !== b.unit) changes.push('value');
  if (kindKey(a) !== kindKey(b)) changes.push('kind');
  if (dateKey(a) !== dateKey(b)) changes.push('date');
  if (sourcesKey(a) !== sourcesKey(b)) changes.push('sources');
  return changes;
}

/** `a` is the older (or reference) snapshot, `b` the one compared with it. Rows follow `b`'s order, removed ones last. */
export function diffSnapshots(a: Snapshot, b: Snapshot): SnapshotDiff {
  const before = snapshotIndex(a);
  const after = snapshotIndex(b);
  const rows: FigureDiff[] = [];
  for (const { figure, path } of after.located) {
    if (after.figures.get(figure.id) !== figure) continue; // a duplicate id: the checks report it
    const old = before.figures.get(figure.id);
    if (!old)
      rows.push({ id: figure.id, status: 'added', view: viewOfPath(path), path, after: figure, changes: [] });
    else {
      const changes = figureChanges(old, figure);
      if (changes.length > 0)
        rows.push({
          id: figure.id,
          status: 'changed',
          view: viewOfPath(path),
          path,
          before: old,
          after: figure,
          changes,
        });
    }
  }
  for (const { figure, path } of before.located)
    if (before.figures.get(figure.id) === figure && !after.figures.has(figure.id))
      rows.push({
        id: figure.id,
        status: 'removed',
        view: viewOfPath(path),
        path,
        before: figure,
        changes: [],
      });
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const row of rows) counts[row.status]++;
  return { rows, counts };
}

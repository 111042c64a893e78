/**
 * The `/compare` page's rows: the figure diff with each figure's label in the page's language and the view
 * that shows it, grouped by view, and the CSV of exactly those rows. Pure, so what the page lists and what
 * the download holds are tested together.
 */
import type { Snapshot } from '../../data/schema';
import { diffCsv } from '../../data/diff-csv';
import { diffSnapshots, type DiffView, type FigureDiff } from '../../data/snapshot-diff';
import { buildFigureRows } from '../../i18n/figure-index';
import type { Language, TFunction } from '../../i18n';
import type { ViewId } from '../../lib/paths';

export interface CompareRow {
  diff: FigureDiff;
  label: string;
  /** The page that shows the figure, in the snapshot that has it (`b`, or `a` for a removed figure). */
  view: ViewId;
  snapshotId: string;
}

export interface CompareGroup {
  view: DiffView;
  rows: CompareRow[];
}

export interface Comparison {
  counts: Record<FigureDiff['status'], number>;
  groups: CompareGroup[];
  rows: CompareRow[];
}

export const DIFF_VIEWS: readonly DiffView[] = ['growth', 'sectors', 'subclusters', 'regions', 'other'];

export function compareSnapshots(
  a: { id: string; snapshot: Snapshot },
  b: { id: string; snapshot: Snapshot },
  lang: Language,
  t: TFunction,
): Comparison {
  const { rows: diffs, counts } = diffSnapshots(a.snapshot, b.snapshot);
  const labelsOf = (s: Snapshot) => new Map(buildFigureRows(s, lang, t).map((r) => [r.figure.id, r]));
  const before = labelsOf(a.snapshot);
  const after = labelsOf(b.snapshot);
  const rows = diffs.map((diff): CompareRow => {
    const removed = diff.status === 'removed';
    const known = (removed ? before : after).get(diff.id);
    return {
      diff,
      label: known?.label ?? diff.id,
      view: known?.view ?? 'framework',
      snapshotId: removed ? a.id : b.id,
    };
  });
  const groups = DIFF_VIEWS.map((view) => ({ view, rows: rows.filter((r) => r.diff.view === view) })).filter(
    (g) => g.rows.length > 0,
  );
  // The page lists rows by view; the CSV keeps that order, so the file reads like the page.
  return { counts, groups, rows: groups.flatMap((g) => g.rows) };
}

/** The download: the listed rows, labelled, with a BOM so spreadsheet programs read Cyrillic labels. */
export function comparisonCsv(comparison: Comparison): string {
  const labels = new Map(comparison.rows.map((r) => [r.diff, r.label]));
  return `\ufeff${diffCsv(
    comparison.rows.map((r) => r.diff),
    (d) => labels.get(d) ?? d.id,
  )}`;
}

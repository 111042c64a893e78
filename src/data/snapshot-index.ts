/**
 * Sources and figures by id, built once per snapshot so every lookup is a Map read instead of a search of
 * the whole list (which made a view's cost grow as citations × sources). `parseSnapshot` builds it while
 * validating; a snapshot the page parsed from the data worker's checked text (snapshot-text.ts), or made
 * elsewhere (tests), gets one on its first lookup. Snapshots are immutable once parsed, so the index never
 * goes stale.
 */
import type { Figure, Snapshot, Source } from './schema';
import { walkFigures, type LocatedFigure } from './walk-figures';

export interface SnapshotIndex {
  /** The first source with each id (a duplicate is a consistency problem, reported with its path). */
  sources: ReadonlyMap<string, Source>;
  /** The first figure with each id. */
  figures: ReadonlyMap<string, Figure>;
  /** Every figure in document order with its JSON path. */
  located: readonly LocatedFigure[];
  /** Positions in `sources` of ids seen before. */
  duplicateSources: readonly number[];
  /** Figures whose id was seen before. */
  duplicateFigures: readonly LocatedFigure[];
}

const indexes = new WeakMap<Snapshot, SnapshotIndex>();

/** One pass over the sources and one walk of the figures. */
export function buildSnapshotIndex(snapshot: Snapshot): SnapshotIndex {
  const sources = new Map<string, Source>();
  const duplicateSources: number[] = [];
  snapshot.sources.forEach((s, i) => {
    if (sources.has(s.id)) duplicateSources.push(i);
    else sources.set(s.id, s);
  });
  const located = walkFigures(snapshot);
  const figures = new Map<string, Figure>();
  const duplicateFigures: LocatedFigure[] = [];
  for (const entry of located) {
    if (figures.has(entry.figure.id)) duplicateFigures.push(entry);
    else figures.set(entry.figure.id, entry.figure);
  }
  const index = { sources, figures, located, duplicateSources, duplicateFigures };
  indexes.set(snapshot, index);
  return index;
}

/** The snapshot's index, built on first use. */
export function snapshotIndex(snapshot: Snapshot): SnapshotIndex {
  return indexes.get(snapshot) ?? buildSnapshotIndex(snapshot);
}

export function figureById(snapshot: Snapshot, id: string): Figure | undefined {
  return snapshotIndex(snapshot).figures.get(id);
}

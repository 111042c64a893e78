/**
 * Pure shaping for /framework: the paper's eight features with MIC's evidence, each evidence item's
 * figure ids resolved to the snapshot's figures, and the counts the overview tiles show.
 * No React, no DOM, so every number the view prints can be tested here.
 */
import type { Citation, Figure, LocalizedText, Qualifier, Snapshot } from '../../data/schema';
import { snapshotIndex } from '../../data/snapshot-index';
import type { ViewId } from '../../lib/paths';

type Feature = Snapshot['framework']['features'][number];

export interface ShapedEvidence {
  /** Position inside its feature, from 1; with the feature number it names the item ("5.2"). */
  index: number;
  text: LocalizedText;
  view?: ViewId;
  sources: Citation[];
  /** The figures the item names, in the order it names them, each once. */
  figures: Figure[];
  /** Ids the item names that no figure in the snapshot carries: shown as missing, never guessed. */
  unresolved: string[];
}

export interface ShapedFeature {
  n: number;
  what: LocalizedText;
  why: LocalizedText;
  /** The theoretical references exactly as the seed writes them (spelling included). */
  proof: string[];
  evidence: ShapedEvidence[];
  pairingNote?: LocalizedText;
  /** Derived by counting the lists above; the tiles say so. */
  counts: { evidence: number; figures: number; unresolved: number };
  /** Kind of every linked figure of the feature, in order, for the tiles' glyphs. */
  kinds: Qualifier['kind'][];
}

/** Every figure in the snapshot by id: the snapshot's index, built once when it was parsed. */
export function figuresById(snapshot: Snapshot): ReadonlyMap<string, Figure> {
  return snapshotIndex(snapshot).figures;
}

function shapeEvidence(item: Feature['evidence'][number], index: number, byId: ReadonlyMap<string, Figure>) {
  const figures: Figure[] = [];
  const unresolved: string[] = [];
  for (const id of new Set(item.figures ?? [])) {
    const figure = byId.get(id);
    if (figure) figures.push(figure);
    else unresolved.push(id);
  }
  const shaped: ShapedEvidence = { index, text: item.text, sources: item.sources, figures, unresolved };
  if (item.view) shaped.view = item.view;
  return shaped;
}

/** The features in the paper's order (by `n`), with evidence resolved and counted. */
export function shapeFeatures(snapshot: Snapshot): ShapedFeature[] {
  const byId = figuresById(snapshot);
  return [...snapshot.framework.features]
    .sort((a, b) => a.n - b.n)
    .map((feature) => {
      const evidence = feature.evidence.map((item, i) => shapeEvidence(item, i + 1, byId));
      // A figure named by two items of one feature is one figure for the tile.
      const unique = new Map<string, Figure>();
      for (const e of evidence) for (const f of e.figures) unique.set(f.id, f);
      const shaped: ShapedFeature = {
        n: feature.n,
        what: feature.what,
        why: feature.why,
        proof: feature.proof,
        evidence,
        counts: {
          evidence: evidence.length,
          figures: unique.size,
          unresolved: evidence.reduce((sum, e) => sum + e.unresolved.length, 0),
        },
        kinds: [...unique.values()].map((f) => f.qualifier.kind),
      };
      if (feature.pairingNote) shaped.pairingNote = feature.pairingNote;
      return shaped;
    });
}

/**
 * The pairing note most features share, to print once above the comparison, with the features it
 * covers; features whose note differs keep theirs on their own card.
 */
export function sharedPairingNote(
  features: readonly ShapedFeature[],
): { note: LocalizedText; features: number[] } | undefined {
  const groups = new Map<string, { note: LocalizedText; features: number[] }>();
  for (const f of features) {
    if (!f.pairingNote) continue;
    const key = `${f.pairingNote.en}\u0000${f.pairingNote.ru}`;
    const group = groups.get(key) ?? { note: f.pairingNote, features: [] };
    group.features.push(f.n);
    groups.set(key, group);
  }
  let best: { note: LocalizedText; features: number[] } | undefined;
  for (const g of groups.values()) if (!best || g.features.length > best.features.length) best = g;
  return best && best.features.length > 1 ? best : undefined;
}

/** The note a feature's card prints itself: its own, unless it is the shared one already on top. */
export function ownPairingNote(
  feature: ShapedFeature,
  shared: { note: LocalizedText } | undefined,
): LocalizedText | undefined {
  const note = feature.pairingNote;
  if (!note) return undefined;
  if (shared && note.en === shared.note.en && note.ru === shared.note.ru) return undefined;
  return note;
}

/** `?feature=` against the snapshot: the feature to highlight, or the number that does not exist. */
export function resolveSelection(
  requested: number | undefined,
  features: readonly ShapedFeature[],
): { selected?: number; missing?: number } {
  if (requested === undefined) return {};
  return features.some((f) => f.n === requested) ? { selected: requested } : { missing: requested };
}

/** "1–5, 7, 8": feature numbers as runs, for the shared note's scope. */
export function numberRuns(ns: readonly number[]): string {
  const sorted = [...new Set(ns)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const from = sorted[i];
    const to = sorted[j];
    runs.push(j - i >= 2 ? `${from}–${to}` : sorted.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return runs.join(', ');
}

/** One row per evidence item, flat, for the evidence table. */
export interface EvidenceRow {
  key: string;
  feature: ShapedFeature;
  evidence: ShapedEvidence;
}

export function evidenceRows(features: readonly ShapedFeature[]): EvidenceRow[] {
  return features.flatMap((feature) =>
    feature.evidence.map((evidence) => ({ key: `${feature.n}.${evidence.index}`, feature, evidence })),
  );
}

/** Qualifier kinds present among the linked figures, for the legend (which lists only those). */
export function kindsPresent(features: readonly ShapedFeature[]): Qualifier['kind'][] {
  return [...new Set(features.flatMap((f) => f.kinds))];
}

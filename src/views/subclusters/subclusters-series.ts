/**
 * Pure shaping of `snapshot.subclusters` into what the sub-cluster view draws: sorted rows, the
 * registration threshold, the priority-field groups and (when the snapshot itemises it) the full
 * sub-cluster × field matrix. No React, no DOM.
 */
import type { Citation, Figure, LocalizedText, Snapshot } from '../../data/schema';
import { collatorFor } from '../../lib/collator';
import type { Language } from '../../i18n';
import type { SortKey } from './subclusters.params';
import { truncateWords } from '../../lib/text-wrap';
import { maxOf } from '../../lib/extremes';

export interface SubclusterRow {
  id: string;
  name: string;
  /** Position in the presentation's table (0-based): the `source` sort order. */
  sourceIndex: number;
  participants: Figure;
  projects: Figure;
}

export function subclusterRows(snapshot: Snapshot, lang: Language): SubclusterRow[] {
  return snapshot.subclusters.items.map((item, sourceIndex) => ({
    id: item.id,
    name: item.name[lang],
    sourceIndex,
    participants: item.participants,
    projects: item.projects,
  }));
}

/**
 * Rows in the order `sort` asks for: sizes and project counts largest first, names alphabetically in the
 * reader's language, `source` as the presentation lists them. Ties keep the presentation's order.
 */
export function sortSubclusters(
  rows: readonly SubclusterRow[],
  sort: SortKey,
  lang: Language,
): SubclusterRow[] {
  // Called only for a sort by name: a page's first Intl collator costs Chromium 10–30 ms (lib/collator.ts).
  const byName = (a: string, b: string) => collatorFor(lang).compare(a, b);
  const bySource = (a: SubclusterRow, b: SubclusterRow) => a.sourceIndex - b.sourceIndex;
  const compare: Record<SortKey, (a: SubclusterRow, b: SubclusterRow) => number> = {
    participants: (a, b) => b.participants.value - a.participants.value || bySource(a, b),
    projects: (a, b) => b.projects.value - a.projects.value || bySource(a, b),
    name: (a, b) => byName(a.name, b.name) || bySource(a, b),
    source: bySource,
  };
  return [...rows].sort(compare[sort]);
}

export interface Threshold {
  /** The rule's wording, e.g. "At least 30 organisations – MIC members". */
  text: string;
  figure: Figure;
}

/**
 * The minimum size for registering a sub-cluster: the rule whose threshold counts organisations.
 * Read from the data so that a snapshot with another minimum draws its own line.
 */
export function memberThreshold(snapshot: Snapshot, lang: Language): Threshold | null {
  const rule = snapshot.subclusters.rules.find((r) => r.threshold?.unit === 'organisations');
  return rule?.threshold ? { text: rule.text[lang], figure: rule.threshold } : null;
}

export interface RuleRow {
  id: string;
  text: string;
  threshold: Figure | null;
  /** The threshold's own sources, else the slide that lists the rules. */
  sources: Citation[];
}

export function ruleRows(snapshot: Snapshot, lang: Language): RuleRow[] {
  const slide = snapshot.subclusters.registered.sources;
  return snapshot.subclusters.rules.map((r) => ({
    id: r.id,
    text: r.text[lang],
    threshold: r.threshold ?? null,
    sources: r.threshold?.sources ?? slide,
  }));
}

/** The smallest and largest sub-cluster in the table, as reported (null for an empty table). */
export function sizeRange(rows: readonly SubclusterRow[]): { min: SubclusterRow; max: SubclusterRow } | null {
  if (rows.length === 0) return null;
  const bySize = sortSubclusters(rows, 'participants', 'en');
  const max = bySize[0];
  const min = bySize[bySize.length - 1];
  return min && max ? { min, max } : null;
}

/** The discussion slide's remark on sub-cluster size ("around 30–70 participants in each"), if any. */
export function discussionSizeNote(snapshot: Snapshot): { text: LocalizedText; sources: Citation[] } | null {
  const { micro, sources } = snapshot.framework.discussion;
  const text = micro.find((m) => /sub-?cluster/i.test(m.en) && /\d/.test(m.en));
  return text ? { text, sources } : null;
}

export interface FieldCell {
  id: string;
  label: string;
  count: Figure;
}

/** Fields named by the same number of sub-clusters: one column of the presentation's table. */
export interface FieldGroup {
  count: number;
  fields: FieldCell[];
}

export function fieldCells(snapshot: Snapshot, lang: Language): FieldCell[] {
  return snapshot.subclusters.priorityFields.map((f) => ({
    id: f.id,
    label: f.label[lang],
    count: f.subclusterCount,
  }));
}

/**
 * The presentation's "named by 1 … 7 sub-clusters" table: one group for every whole number from 1 to the
 * largest count (an empty group stays, so the columns keep their scale), fields in the source's order.
 */
export function fieldGroups(snapshot: Snapshot, lang: Language): FieldGroup[] {
  const cells = fieldCells(snapshot, lang);
  const max = Math.max(0, maxOf(cells.map((c) => Math.floor(c.count.value))));
  return Array.from({ length: max }, (_, i) => ({
    count: i + 1,
    fields: cells.filter((c) => c.count.value === i + 1),
  }));
}

export interface MatrixRow {
  subcluster: SubclusterRow;
  /** False when the record has no entry for this sub-cluster: its fields are not reported. */
  itemised: boolean;
  /** One flag per column: does this sub-cluster name the field? */
  named: boolean[];
}

export interface FullMatrix {
  /** Fields, most often named first (ties in the source's order). */
  columns: FieldCell[];
  rows: MatrixRow[];
  /** Fields whose itemised count differs from the reported number of sub-clusters naming them. */
  mismatches: { field: FieldCell; itemised: number }[];
}

/** The sub-cluster × field matrix, or null when the snapshot does not say which sub-cluster names which field. */
export function fullMatrix(
  snapshot: Snapshot,
  lang: Language,
  order: readonly SubclusterRow[],
): FullMatrix | null {
  const record = snapshot.subclusters.fieldsBySubcluster;
  if (!record) return null;
  const cells = fieldCells(snapshot, lang);
  const columns = cells
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.count.value - a.c.count.value || a.i - b.i)
    .map(({ c }) => c);
  const rows = order.map((subcluster) => {
    const fields = record[subcluster.id];
    return {
      subcluster,
      itemised: fields !== undefined,
      named: columns.map((col) => fields?.includes(col.id) ?? false),
    };
  });
  const mismatches = columns.flatMap((field) => {
    const itemised = Object.values(record).filter((ids) => ids.includes(field.id)).length;
    return itemised === field.count.value ? [] : [{ field, itemised }];
  });
  return { columns, rows, mismatches };
}

/**
 * A short label for crowded charts: the part in quotes or brackets when short ("Zelenograd", "SportTech"),
 * else the name itself, cut at a word boundary with an ellipsis. The full name stays in the tooltip.
 */
export function shortName(name: string, max = 28): string {
  const inner = /[«“"'(]([^»”"')]+)[»”"')]/.exec(name)?.[1]?.trim();
  if (inner && inner.length <= max) return inner;
  return truncateWords(name, max);
}

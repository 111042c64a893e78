/**
 * Shapes the snapshot's `sectors` section into the rows the sector charts and tables draw. Pure: no React,
 * no DOM. Every number comes from the snapshot; nothing here computes a figure that is shown.
 */
import type { Figure, LocalizedText, Snapshot } from '../../data/schema';
import type { Measure, SortOrder } from './sectors.params';

export type Group = 'members' | 'projects';

/** One bar: a sector of members or a domain of projects. */
export interface BarRow {
  group: Group;
  /** The id in the URL (`services`, `medicine`): the snapshot id without its section prefix. */
  key: string;
  /** The snapshot's item id (`sector-services`). */
  itemId: string;
  label: LocalizedText;
  /** The figure the bar is drawn from; null where the source gives none ("not reported"). */
  figure: Figure | null;
  /** Members only: the reported share and the count derived from it. */
  share?: Figure;
  count?: Figure;
  /** Position on the presentation's slide, for `?sort=source` and stable ties. */
  sourceIndex: number;
}

/** `sector-services` → `services`, `projects-it-ai` → `it-ai`: the short id used in links. */
export function shortKey(itemId: string): string {
  return itemId.replace(/^(sector|sectors|projects|project)-/, '');
}

/** Members by sector, in the source's order: share bars, or the derived counts for `?measure=count`. */
export function memberRows(snapshot: Snapshot, measure: Measure): BarRow[] {
  return snapshot.sectors.members.map((m, sourceIndex) => ({
    group: 'members',
    key: shortKey(m.id),
    itemId: m.id,
    label: m.label,
    figure: measure === 'share' ? m.share : (m.count ?? null),
    share: m.share,
    count: m.count,
    sourceIndex,
  }));
}

/** Innovation projects by domain, in the source's order (the residual "other domains" is a derived figure). */
export function projectRows(snapshot: Snapshot): BarRow[] {
  return snapshot.sectors.projects.map((p, sourceIndex) => ({
    group: 'projects',
    key: shortKey(p.id),
    itemId: p.id,
    label: p.label,
    figure: p.count,
    count: p.count,
    sourceIndex,
  }));
}

/** Largest first (ties and "not reported" keep the source's order, the latter last), or the source's order. */
export function sortRows(rows: readonly BarRow[], order: SortOrder): BarRow[] {
  const copy = [...rows];
  if (order === 'source') return copy.sort((a, b) => a.sourceIndex - b.sourceIndex);
  return copy.sort((a, b) => {
    const va = a.figure?.value;
    const vb = b.figure?.value;
    if (va === undefined && vb === undefined) return a.sourceIndex - b.sourceIndex;
    if (va === undefined) return 1;
    if (vb === undefined) return -1;
    return vb - va || a.sourceIndex - b.sourceIndex;
  });
}

/** One segment of the 100 % bar: where it starts and ends on the 0–total scale of reported shares. */
export interface Segment {
  row: BarRow;
  start: number;
  end: number;
}

/** The members' shares laid end to end, in the order given, for the "part of the whole" bar. */
export function shareSegments(rows: readonly BarRow[]): { segments: Segment[]; total: number } {
  let start = 0;
  const segments: Segment[] = [];
  for (const row of rows) {
    const value = row.share?.value ?? 0;
    segments.push({ row, start, end: start + value });
    start += value;
  }
  return { segments, total: start };
}

/** The sum of the reported shares (100 in the shipped snapshot; rounding in a source could make it 99 or 101). */
export function sharesSum(snapshot: Snapshot): number {
  return snapshot.sectors.members.reduce((sum, m) => sum + m.share.value, 0);
}

/** The item `?highlight=` names (by short or full id), or `unknown` when it names none. */
export type HighlightResult =
  { status: 'none' } | { status: 'found'; row: BarRow } | { status: 'unknown'; raw: string };

export function resolveHighlight(raw: string | undefined, snapshot: Snapshot): HighlightResult {
  if (raw === undefined) return { status: 'none' };
  const rows = [...memberRows(snapshot, 'share'), ...projectRows(snapshot)];
  const row = rows.find((r) => r.key === raw || r.itemId === raw);
  return row ? { status: 'found', row } : { status: 'unknown', raw };
}

/** Every figure of the sectors section by id, to follow a derived figure's inputs. */
export function sectorFigures(snapshot: Snapshot): Map<string, Figure> {
  const s = snapshot.sectors;
  const all: Figure[] = [
    s.membersTotal,
    s.projectsTotal,
    ...s.members.flatMap((m) => (m.count ? [m.share, m.count] : [m.share])),
    ...s.projects.map((p) => p.count),
    s.lightManufacturing.companies,
    s.lightManufacturing.regions,
  ];
  return new Map(all.map((f) => [f.id, f]));
}

/**
 * Recomputes a derived figure from its inputs, to check the snapshot against itself (the view draws the
 * stored value; tests assert the two agree). Undefined when an input is missing or the figure is not derived.
 */
export function recompute(figure: Figure, figures: ReadonlyMap<string, Figure>): number | undefined {
  const q = figure.qualifier;
  if (q.kind !== 'derived') return undefined;
  const values = q.inputs.map((id) => figures.get(id)?.value);
  if (values.some((v) => v === undefined)) return undefined;
  const [first = 0, ...rest] = values as number[];
  switch (q.op) {
    case 'percentOf':
      return (first * (rest[0] ?? 0)) / 100;
    case 'difference':
      return rest.reduce((acc, v) => acc - v, first);
    case 'sum':
      return rest.reduce((acc, v) => acc + v, first);
    case 'ratio':
      return rest[0] ? first / rest[0] : undefined;
  }
}

/**
 * The data behind /sources, pure and tested: what kind of data the snapshot holds, for readers deciding how
 * far to trust it (how many figures are as reported, bounds, approximations or derived; how precisely they
 * are dated; which rest on the presentation and which on web sources; what the sources leave unreported),
 * and the figure table's search.
 */
import { unnamedPartnerRegions } from '../../data/partner-regions';
import type { PartialDate, Qualifier, Snapshot } from '../../data/schema';
import { QUALIFIER_KINDS } from '../../data/schema-enums';
import { sourceById } from '../../data/sources';
import { snapshotIndex } from '../../data/snapshot-index';
import type { FigureRow } from '../../i18n/figure-index';

export const PRECISIONS = ['day', 'month', 'season', 'year', 'undated'] as const;

export interface DataQuality {
  figures: number;
  byKind: { kind: Qualifier['kind']; count: number }[];
  byPrecision: { precision: PartialDate['precision'] | 'undated'; count: number }[];
  /** Dates the snapshot marks as inferred or approximate. */
  approximateDates: number;
  /** Figures citing the presentation (possibly alongside web sources) / citing web sources only. */
  fromPrimary: number;
  fromWebOnly: number;
  webSources: number;
  events: number;
  /** Events whose sources disagree or need a caveat: they carry a note. */
  eventsWithNotes: number;
  notReported: {
    /** Partner regions counted in the total but not named by any source. */
    regionsNotNamed: number;
    /** Named regions without a partner count of their own. */
    regionsWithoutCount: number;
    /** Whether the sources itemise which sub-cluster names which priority field. */
    fieldsItemised: boolean;
  };
}

export function dataQuality(snapshot: Snapshot): DataQuality {
  const figures = snapshotIndex(snapshot).located.map((f) => f.figure);
  const primary = snapshot.primarySource;
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  const { regions } = snapshot;
  return {
    figures: figures.length,
    byKind: QUALIFIER_KINDS.map((kind) => ({
      kind,
      count: count(figures, (f) => f.qualifier.kind === kind),
    })).filter((k) => k.count > 0),
    byPrecision: PRECISIONS.map((precision) => ({
      precision,
      count: count(figures, (f) => (f.date?.precision ?? 'undated') === precision),
    })).filter((p) => p.count > 0),
    approximateDates: count(figures, (f) => Boolean(f.date?.approximate)),
    fromPrimary: count(figures, (f) => f.sources.some((c) => c.source === primary)),
    fromWebOnly: count(figures, (f) => f.sources.every((c) => c.source !== primary)),
    webSources: count(snapshot.sources, (s) => s.id !== primary),
    events: snapshot.events.length,
    eventsWithNotes: count(snapshot.events, (e) => Boolean(e.note)),
    notReported: {
      regionsNotNamed: unnamedPartnerRegions(snapshot)?.count ?? 0,
      regionsWithoutCount: count(regions.items, (r) => r.partners === null),
      fieldsItemised: snapshot.subclusters.fieldsBySubcluster !== undefined,
    },
  };
}

/**
 * Rows whose label, displayed value and kind, id, date, source or locator contain every word of the query
 * (case- and accent-insensitive, so "ё" matches "е" and "Partners" matches "partners").
 */
export function filterFigureRows(
  rows: FigureRow[],
  query: string,
  snapshot: Snapshot,
  displayValue: (row: FigureRow) => string,
): FigureRow[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const sources = row.figure.sources.flatMap((c) => {
      const s = sourceById(snapshot, c.source);
      return [c.source, c.locator, s?.title ?? '', s?.publisher ?? '', s?.url ?? ''];
    });
    const haystack = normalise(
      [
        row.label,
        displayValue(row),
        String(row.figure.value),
        row.figure.id,
        row.figure.date?.value ?? '',
        ...sources,
      ].join(' '),
    );
    return words.every((w) => haystack.includes(w));
  });
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u202f]/g, ' ');
}

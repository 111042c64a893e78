/**
 * What kind of data the snapshot holds, for readers deciding how far to trust it: how many figures are
 * as reported, bounds, approximations or derived; how precisely they are dated; which rest on the
 * presentation and which on web sources; and what the sources leave unreported. Pure, so it is tested.
 */
import { unnamedPartnerRegions } from '../../data/partner-regions';
import { QUALIFIER_KINDS, type PartialDate, type Qualifier, type Snapshot } from '../../data/schema';
import { walkFigures } from '../../data/walk-figures';

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
  const figures = walkFigures(snapshot).map((f) => f.figure);
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

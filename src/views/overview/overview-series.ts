import type { Figure, Snapshot } from '../../data/schema';
import type { ViewId } from '../../lib/paths';

export type HeadlineKey = 'members' | 'partners' | 'regions' | 'subclusters' | 'projects' | 'growth';

export interface Headline {
  key: HeadlineKey;
  figure: Figure;
  view: ViewId;
}

/**
 * The overview's headline figures, all from the primary source (the presentation): taken by their place
 * in the snapshot, not by id, so a renamed id cannot silently swap a figure.
 */
export function selectHeadlines(snapshot: Snapshot): Headline[] {
  const primary = (f: Figure) => f.sources.some((c) => c.source === snapshot.primarySource);
  const growth = snapshot.growth.multiples.find(primary) ?? snapshot.growth.multiples[0];
  const list: (Headline | null)[] = [
    { key: 'members', figure: snapshot.sectors.membersTotal, view: 'sectors' },
    { key: 'partners', figure: snapshot.regions.partners, view: 'regions' },
    { key: 'regions', figure: snapshot.regions.regionCount, view: 'regions' },
    { key: 'subclusters', figure: snapshot.subclusters.registered, view: 'subclusters' },
    { key: 'projects', figure: snapshot.sectors.projectsTotal, view: 'sectors' },
    growth ? { key: 'growth', figure: growth, view: 'growth' } : null,
  ];
  return list.filter((h): h is Headline => h !== null);
}

/** The most recent point of the "total" series, for the "later public figures" line. */
export function selectLatestTotal(snapshot: Snapshot): Figure | undefined {
  const total = snapshot.growth.series.find((s) => s.id === 'total');
  if (!total) return undefined;
  return [...total.points]
    .filter((p) => p.date)
    .sort((a, b) => (a.date!.value < b.date!.value ? -1 : 1))
    .at(-1);
}

import type { Citation, Snapshot, Source } from './schema';
import { snapshotIndex } from './snapshot-index';

/** A Map read on the snapshot's index (built once), not a search of the source list. */
export function sourceById(snapshot: Snapshot, id: string): Source | undefined {
  return snapshotIndex(snapshot).sources.get(id);
}

/** A name short enough for a chart footnote: "Kutsenko & Ismagulova" or the publishing site. */
export function shortSourceName(source: Source): string {
  if (source.authors && source.authors.length > 0) {
    const surnames = source.authors.map((a) => a.split(/\s+/).at(-1) ?? a);
    return surnames.length > 2 ? `${surnames[0]} et al.` : surnames.join(' & ');
  }
  if (source.publisher) return source.publisher;
  if (source.url) return new URL(source.url).hostname.replace(/^www\./, '');
  return source.title;
}

export interface ResolvedCitation {
  citation: Citation;
  source: Source | undefined;
}

export function resolveCitations(snapshot: Snapshot, citations: readonly Citation[]): ResolvedCitation[] {
  return citations.map((citation) => ({ citation, source: sourceById(snapshot, citation.source) }));
}

import { NewTabHint } from './new-tab-hint';
import type { Citation, Snapshot } from '../data/schema';
import { resolveCitations, shortSourceName } from '../data/sources';

/** "Kutsenko & Ismagulova, “slide heading”" with a link for web sources; several citations joined by "; ". */
export function CitationText({
  snapshot,
  citations,
}: {
  snapshot: Snapshot;
  citations: readonly Citation[];
}) {
  return (
    <>
      {resolveCitations(snapshot, citations).map(({ citation, source }, i) => (
        <span key={`${citation.source}-${i}`} className="citation">
          {i > 0 && '; '}
          {source?.url ? (
            <a href={source.url} rel="noreferrer noopener" target="_blank">
              {shortSourceName(source)}
              <NewTabHint />
            </a>
          ) : (
            <span>{source ? shortSourceName(source) : citation.source}</span>
          )}
          , <q>{citation.locator}</q>
        </span>
      ))}
    </>
  );
}

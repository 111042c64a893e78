import { NewTabHint } from './new-tab-hint';
import type { Citation, Snapshot } from '../data/schema';
import { resolveCitations, shortSourceName } from '../data/sources';

/**
 * "Kutsenko & Ismagulova, “slide heading”" with a link for web sources; several citations joined by "; ".
 * `inTooltip`: the links are not Tab stops (a chart tooltip shows on focus and vanishes on blur, so Tab from
 * a mark must leave the chart, not land in the tooltip; the table tab has the same links).
 */
export function CitationText({
  snapshot,
  citations,
  inTooltip = false,
}: {
  snapshot: Snapshot;
  citations: readonly Citation[];
  inTooltip?: boolean;
}) {
  return (
    <>
      {resolveCitations(snapshot, citations).map(({ citation, source }, i) => (
        <span key={`${citation.source}-${i}`} className="citation">
          {i > 0 && '; '}
          {source?.url ? (
            <a
              href={source.url}
              rel="noreferrer noopener"
              target="_blank"
              tabIndex={inTooltip ? -1 : undefined}
            >
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

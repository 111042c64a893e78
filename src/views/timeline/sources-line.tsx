import { memo, useState } from 'react';
import { useTranslation } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { NewTabHint } from '../../ui/new-tab-hint';
import type { PlacedEvent } from '../../charts/event-layer';
import type { Snapshot, Source } from '../../data/schema';
import { shortSourceName, sourceById } from '../../data/sources';
import { useTimelineText } from './timeline.text';

/**
 * Past this many sources the line names the first ones and offers the rest on a click, so that it stays a
 * few lines however much data there is. The shipped events cite 53 sources: all are named.
 */
const SOURCES_LINE_LIMIT = 80;

/**
 * The sources behind the events shown, each publisher named once (several articles of one publisher are
 * numbered links). The events cite about fifty passages; each passage is in the event's details and in the
 * table, so this footnote lists sources, not passages. Drawn again only when the events shown change.
 */
export const SourcesLine = memo(function SourcesLine({
  snapshot,
  events,
}: {
  snapshot: Snapshot;
  events: readonly PlacedEvent[];
}) {
  const tt = useTimelineText();
  const { i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const ids = [...new Set(events.flatMap((p) => p.event.sources.map((c) => c.source)))];
  const cut = !all && ids.length > SOURCES_LINE_LIMIT;
  const groups = new Map<string, (Source | string)[]>();
  for (const id of cut ? ids.slice(0, SOURCES_LINE_LIMIT) : ids) {
    const source = sourceById(snapshot, id);
    const name = source ? shortSourceName(source) : id;
    groups.set(name, [...(groups.get(name) ?? []), source ?? id]);
  }
  if (groups.size === 0) return null;
  const count = ids.length;
  return (
    <p className="chart-source">
      <span className="chart-source__label">{`${tt('sourcesLine', { count })}: `}</span>
      {[...groups.entries()].map(([name, sources], i) => (
        <span key={name}>
          {i > 0 && '; '}
          {sources.length === 1 ? (
            <SourceLink source={sources[0]} text={name} />
          ) : (
            <>
              {`${name} `}
              {sources.map((s, j) => (
                <span key={typeof s === 'string' ? s : s.id}>
                  {j > 0 && ', '}
                  <SourceLink source={s} text={String(j + 1)} numbered />
                </span>
              ))}
            </>
          )}
        </span>
      ))}
      {cut && (
        <>
          {' … '}
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            {tt('sourcesLineAll', { count: formatNumber(count, i18n.language) })}
          </button>
        </>
      )}
    </p>
  );
});

/**
 * A source's link. One named by a number (one of several articles of a publisher) carries the article's title;
 * one named by its publisher does not: each event's details name their articles, and on the timeline's pages
 * fifty titles cost the HTML a second round trip.
 */
function SourceLink({
  source,
  text,
  numbered = false,
}: {
  source: Source | string | undefined;
  text: string;
  numbered?: boolean;
}) {
  if (typeof source !== 'object' || !source.url) return <span>{text}</span>;
  return (
    <a
      href={source.url}
      rel="noreferrer noopener"
      target="_blank"
      title={numbered ? source.title : undefined}
    >
      {text}
      <NewTabHint />
    </a>
  );
}

import { NewTabHint } from '../../ui/new-tab-hint';
import type { PlacedEvent } from '../../charts/event-layer';
import type { Snapshot, Source } from '../../data/schema';
import { shortSourceName, sourceById } from '../../data/sources';
import { useTimelineText } from './timeline.text';

/**
 * The sources behind the events shown, each publisher named once (several articles of one publisher are
 * numbered links). The events cite about fifty passages; each passage is in the event's details and in the
 * table, so this footnote lists sources, not passages.
 */
export function SourcesLine({ snapshot, events }: { snapshot: Snapshot; events: readonly PlacedEvent[] }) {
  const tt = useTimelineText();
  const groups = new Map<string, (Source | string)[]>();
  for (const id of new Set(events.flatMap((p) => p.event.sources.map((c) => c.source)))) {
    const source = sourceById(snapshot, id);
    const name = source ? shortSourceName(source) : id;
    groups.set(name, [...(groups.get(name) ?? []), source ?? id]);
  }
  if (groups.size === 0) return null;
  const count = [...groups.values()].reduce((n, g) => n + g.length, 0);
  return (
    <p className="chart-source">
      <span className="chart-source__label">{tt('sourcesLine', { count })}: </span>
      {[...groups.entries()].map(([name, sources], i) => (
        <span key={name}>
          {i > 0 && '; '}
          {sources.length === 1 ? (
            <SourceLink source={sources[0]} text={name} />
          ) : (
            <>
              {name}{' '}
              {sources.map((s, j) => (
                <span key={typeof s === 'string' ? s : s.id}>
                  {j > 0 && ', '}
                  <SourceLink source={s} text={String(j + 1)} />
                </span>
              ))}
            </>
          )}
        </span>
      ))}
    </p>
  );
}

function SourceLink({ source, text }: { source: Source | string | undefined; text: string }) {
  if (typeof source !== 'object' || !source.url) return <span>{text}</span>;
  return (
    <a href={source.url} rel="noreferrer noopener" target="_blank" title={source.title}>
      {text}
      <NewTabHint />
    </a>
  );
}

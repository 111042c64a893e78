import { sourceColumn } from '../../charts/figure-columns';
import { useMemo, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { PlacedEvent } from '../../charts/event-layer';
import { SortableTable, type Column } from '../../charts/sortable-table';
import { textColumn } from '../../charts/text-column';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { dateStart, formatPartialDate } from '../../i18n/format';
import { withParams } from '../../lib/url-state';
import { SourcesLine } from './sources-line';
import { useTimelineText } from './timeline.text';

const PRECISION_RANK = { day: 0, month: 1, season: 2, year: 3 } as const;

/** The table alternative: every event of the chosen categories with its dates, precision, sources and note. */
export function TimelineTable({ snapshot, events }: { snapshot: Snapshot; events: PlacedEvent[] }) {
  const { t, i18n } = useTranslation();
  const tt = useTimelineText();
  const lang = i18n.language;

  const columns = useMemo<Column<PlacedEvent>[]>(
    () => [
      {
        key: 'event',
        label: tt('table.event'),
        rowHeader: true,
        sortValue: (p) => p.event.title[lang],
        render: (p) => <EventLink id={p.event.id}>{p.event.title[lang]}</EventLink>,
      },
      textColumn('category', tt('table.category'), (p) => t(`events.category.${p.event.category}`)),
      {
        key: 'start',
        label: tt('table.start'),
        sortValue: (p) => p.start,
        render: (p) => formatPartialDate(p.event.start, lang, t),
      },
      {
        key: 'end',
        label: tt('table.end'),
        sortValue: (p) => (p.event.end ? dateStart(p.event.end) : null),
        render: (p) =>
          p.event.end ? (
            formatPartialDate(p.event.end, lang, t)
          ) : (
            <span className="muted">{tt('table.noEnd')}</span>
          ),
      },
      {
        key: 'precision',
        label: tt('table.precision'),
        sortValue: (p) => PRECISION_RANK[p.precision],
        render: (p) => (
          <>
            {t(`date.precision.${p.precision}`)}
            {p.event.start.approximate && <> ({t('qualifier.approximate')})</>}
          </>
        ),
      },
      sourceColumn(tt('table.source'), snapshot, (p) => p.event.sources),
      {
        key: 'note',
        label: tt('table.note'),
        sortValue: (p) => p.event.note?.[lang] ?? null,
        render: (p) =>
          p.event.note ? <span className="timeline-table__note">{p.event.note[lang]}</span> : null,
      },
    ],
    [lang, t, tt, snapshot],
  );

  return (
    <SortableTable
      id="events"
      caption={tt('table.caption', { count: events.length })}
      columns={columns}
      rows={events}
      rowKey={(p) => p.event.id}
      initialSort={{ key: 'start', dir: 'asc' }}
      footer={<SourcesLine snapshot={snapshot} events={events} />}
    />
  );
}

/**
 * Opens the event on the chart: the link is the way from a row back to the timeline. It reads the URL itself, so
 * that a change of it (a sort) draws the links again, not the table's rows.
 */
function EventLink({ id, children }: { id: string; children: ReactNode }) {
  const [search] = useSearchParams();
  return <Link to={withParams(search, { tab: undefined, event: id })}>{children}</Link>;
}

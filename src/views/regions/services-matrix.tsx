import { memo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { SourceFootnote } from '../../charts/source-footnote';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { useRegionsText } from './regions.text';
import {
  ACCESS_LEVELS,
  ACCESS_SYMBOL,
  accessCounts,
  filterServices,
  type Access,
  type AccessFilter,
} from './regions-series';
import { SegmentedControl } from '../../charts/segmented-control';
import { ShowAllButton } from '../../charts/show-all-button';
import { useShowFirst } from '../../charts/show-first';
import { formatNumber } from '../../i18n/format';

/**
 * Services a column lists before "Show all": the shipped data lists 14 in all; at 100 times it, the whole lists
 * made 5,600 elements and half a second of the browser's layout.
 */
const FIRST_SERVICES = 40;

const FILTERS = ['all', ...ACCESS_LEVELS] as const;

/**
 * The platform's services grouped by the access regional partners have: one column per level, each
 * service marked with the source's symbol and the level in words (colour is a third cue, never the only one).
 */
function ServicesMatrixUnmemoised({
  snapshot,
  filter,
  onFilter,
}: {
  snapshot: Snapshot;
  filter: AccessFilter;
  onFilter: (filter: AccessFilter) => void;
}) {
  const rt = useRegionsText();
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const services = snapshot.regions.services;
  const total = services.length;
  const counts = accessCounts(services);
  const levels = filter === 'all' ? ACCESS_LEVELS : ACCESS_LEVELS.filter((l) => l === filter);
  const shown = filterServices(services, filter);

  return (
    <ChartFrame
      id="regions-services"
      fluid
      items={snapshot.regions.services.length}
      title={rt('services.title')}
      subtitle={rt('services.subtitle', { count: total })}
      controls={
        <SegmentedControl
          className="cluster regions-chips"
          captionClassName="regions-chips__label"
          label={rt('services.filterLabel')}
          caption={`${rt('services.filterLabel')}:`}
          options={FILTERS}
          pressed={(level) => filter === level}
          onChange={onFilter}
        >
          {(level) => (
            <>
              {level !== 'all' && (
                <span className={`regions-access-symbol regions-access-symbol--${level}`} aria-hidden="true">
                  {ACCESS_SYMBOL[level]}
                </span>
              )}
              {rt(`services.access.${level}`)} ({level === 'all' ? total : counts[level]})
            </>
          )}
        </SegmentedControl>
      }
      footer={<SourceFootnote snapshot={snapshot} citations={snapshot.regions.servicesSources} />}
    >
      <p className="regions-services__status" role="status">
        {rt('services.count', { count: shown.length, total })}
      </p>
      {shown.length === 0 ? (
        <p className="not-reported">{rt('services.empty')}</p>
      ) : (
        <div className="regions-services" data-columns={levels.length}>
          {levels.map((level) => (
            <AccessColumn
              key={level}
              level={level}
              labels={services
                .filter((s) => s.access === level)
                .map((s) => ({ id: s.id, label: s.label[lang] }))}
              total={total}
            />
          ))}
        </div>
      )}
    </ChartFrame>
  );
}

function AccessColumn({
  level,
  labels,
  total,
}: {
  level: Access;
  labels: { id: string; label: string }[];
  total: number;
}) {
  const rt = useRegionsText();
  const lang = useTranslation().i18n.language;
  const headingId = `regions-access-${level}`;
  const list = useShowFirst(labels.length, FIRST_SERVICES);
  return (
    <section
      className={`regions-services__column regions-services__column--${level}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="regions-services__heading">
        <span className={`regions-access-symbol regions-access-symbol--${level}`} aria-hidden="true">
          {ACCESS_SYMBOL[level]}
        </span>
        {rt(`services.access.${level}`)}
        <span className="regions-services__count">
          {rt('services.count', { count: labels.length, total })}
        </span>
      </h3>
      <ul className="regions-services__list">
        {labels.slice(0, list.shown).map((s, i) => (
          <li key={s.id} className="regions-service" {...list.revealProps(i)}>
            <span className={`regions-access-symbol regions-access-symbol--${level}`} aria-hidden="true">
              {ACCESS_SYMBOL[level]}
            </span>
            <span>{s.label}</span>
            <span className="visually-hidden">: {rt(`services.access.${level}`)}</span>
          </li>
        ))}
      </ul>
      <ShowAllButton
        list={list}
        showAll={rt('services.showAll', {
          count: formatNumber(labels.length, lang),
          level: rt(`services.access.${level}`),
        })}
        showFirst={rt('services.showFirst', { count: formatNumber(FIRST_SERVICES, lang) })}
      />
    </section>
  );
}

/** Drawn again only when its props change, not on every change of the URL. */
export const ServicesMatrix = memo(ServicesMatrixUnmemoised);

import { figureColumns, sourceColumn } from '../../charts/figure-columns';
import { SortableTable, type Column } from '../../charts/sortable-table';
import { textColumn } from '../../charts/text-column';
import { SourceFootnote } from '../../charts/source-footnote';
import type { Figure, Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { dateStart, formatPartialDate } from '../../i18n/format';
import { CitationText } from '../../ui/citation-text';
import { categoryLabel, useCoreShareText, usePartnerText, useRegionsText } from './regions.text';
import {
  ACCESS_LEVELS,
  ACCESS_SYMBOL,
  CATEGORY_ORDER,
  partnerStats,
  sortedAgreements,
  type SubjectRow,
} from './regions-series';

/** The table alternative: headline figures, every subject, the services and the agreements, each sourced. */
export function RegionsTables({
  snapshot,
  rows,
  districtOf,
}: {
  snapshot: Snapshot;
  rows: SubjectRow[];
  districtOf: (row: SubjectRow) => string | undefined;
}) {
  const rt = useRegionsText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const partnerText = usePartnerText();
  const coreShare = useCoreShareText(snapshot, 'tip.coreShareTable');
  const stats = partnerStats(snapshot);
  const { regions } = snapshot;

  const headline: { key: string; label: string; figure: Figure }[] = [
    { key: 'partners', label: t('figureLabel.partners'), figure: stats.partners },
    { key: 'regions', label: t('figureLabel.regionCount'), figure: stats.regionCount },
    { key: 'core', label: t('figureLabel.coreShare'), figure: stats.coreShare },
  ];
  const headlineColumns: Column<(typeof headline)[number]>[] = [
    textColumn('figure', rt('table.col.figure'), (r) => r.label, { rowHeader: true }),
    ...figureColumns((r: (typeof headline)[number]) => r.figure, {
      snapshot,
      lang,
      t,
      valueLabel: t('sources.col.value'),
    }),
  ];

  const anyCounts = rows.some((r) => r.partners);
  const regionColumns: Column<SubjectRow>[] = [
    textColumn('subject', rt('table.col.subject'), (r) => r.subject.name[lang], { rowHeader: true }),
    {
      key: 'code',
      label: rt('table.col.code'),
      sortValue: (r) => r.code,
      render: (r) => <span className="regions-nowrap">{r.code}</span>,
    },
    {
      key: 'district',
      label: rt('table.col.district'),
      sortValue: (r) => districtOf(r) ?? null,
      render: (r) => districtOf(r),
    },
    {
      key: 'category',
      label: rt('table.col.category'),
      sortValue: (r) => CATEGORY_ORDER.indexOf(r.category),
      render: (r) => (
        <>
          <span className={`regions-cat-mark regions-cat-mark--${r.category}`} aria-hidden="true" />
          {categoryLabel(rt, r.category)}
        </>
      ),
    },
    {
      key: 'partners',
      label: rt('table.col.partners'),
      numeric: true,
      sortValue: (r) => r.partners?.value ?? null,
      render: (r) => {
        if (r.category === 'home') return '—';
        const share = coreShare(r);
        return (
          <>
            <span className={r.partners ? undefined : 'not-reported'}>{partnerText(r)}</span>
            {share && <span className="regions-table__share"> ({share})</span>}
          </>
        );
      },
    },
    ...(anyCounts
      ? figureColumns((r: SubjectRow) => r.partners, { snapshot, lang, t, valueLabel: '' }).filter(
          (c) => c.key === 'kind' || c.key === 'date',
        )
      : []),
    sourceColumn(rt('table.col.source'), snapshot, (r) => r.partners?.sources ?? r.sources, {
      empty: <span className="not-reported">{rt('tip.noSource')}</span>,
    }),
  ];

  type Service = Snapshot['regions']['services'][number];
  const serviceColumns: Column<Service>[] = [
    textColumn('service', rt('table.col.service'), (s) => s.label[lang], { rowHeader: true }),
    {
      key: 'access',
      label: rt('table.col.access'),
      sortValue: (s) => ACCESS_LEVELS.indexOf(s.access),
      render: (s) => (
        <>
          <span className={`regions-access-symbol regions-access-symbol--${s.access}`} aria-hidden="true">
            {ACCESS_SYMBOL[s.access]}
          </span>
          {rt(`services.access.${s.access}`)}
        </>
      ),
    },
  ];

  type Agreement = Snapshot['regions']['agreements'][number];
  const agreementColumns: Column<Agreement>[] = [
    textColumn('partner', rt('table.col.partner'), (a) => a.partner[lang], { rowHeader: true }),
    textColumn('country', rt('table.col.country'), (a) => a.country[lang]),
    {
      key: 'date',
      label: rt('table.col.date'),
      sortValue: (a) => (a.date ? dateStart(a.date) : null),
      render: (a) =>
        a.date ? (
          formatPartialDate(a.date, lang, t)
        ) : (
          <span className="not-reported">{rt('agreements.dateNotGiven')}</span>
        ),
    },
    sourceColumn(rt('table.col.source'), snapshot, (a) => a.sources),
  ];

  return (
    <div className="regions-tables">
      <SortableTable
        id="headline"
        caption={rt('table.headlineCaption')}
        columns={headlineColumns}
        rows={headline}
        footer={
          <>
            <p className="regions-note">
              {rt('table.opened')}: {formatPartialDate(stats.opened.date, lang, t)} (
              <CitationText snapshot={snapshot} citations={stats.opened.sources} />)
            </p>
            <SourceFootnote snapshot={snapshot} citations={headline.flatMap((h) => h.figure.sources)} />
          </>
        }
      />
      <SortableTable
        id="regions"
        caption={rt('table.regionsCaption', { count: rows.length })}
        columns={regionColumns}
        rows={rows}
        rowKey={(r) => r.code}
        initialSort={{ key: 'category', dir: 'asc' }}
        footer={
          <SourceFootnote
            snapshot={snapshot}
            citations={[...regions.regionCount.sources, ...regions.items.flatMap((i) => i.sources)]}
          />
        }
      />
      <SortableTable
        id="services"
        caption={rt('table.servicesCaption', { count: regions.services.length })}
        columns={serviceColumns}
        rows={regions.services}
        footer={<SourceFootnote snapshot={snapshot} citations={regions.servicesSources} />}
      />
      <SortableTable
        id="agreements"
        caption={rt('table.agreementsCaption')}
        columns={agreementColumns}
        rows={sortedAgreements(snapshot)}
        footer={
          <SourceFootnote snapshot={snapshot} citations={regions.agreements.flatMap((a) => a.sources)} />
        }
      />
    </div>
  );
}

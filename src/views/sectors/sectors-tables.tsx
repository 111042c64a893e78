import { useMemo } from 'react';
import { figureColumns, sourceColumn } from '../../charts/figure-columns';
import { SortableTable, type Column } from '../../charts/sortable-table';
import { textColumn } from '../../charts/text-column';
import { SourceFootnote } from '../../charts/source-footnote';
import { uniqueCitations } from '../../charts/unique-citations';
import type { Figure, Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatFigure, formatPartialDate } from '../../i18n/format';
import { memberRows, projectRows, type BarRow } from './sectors-series';
import type { SortOrder } from './sectors.params';
import { useSectorsText } from './sectors.text';

const citationsOf = (figures: readonly (Figure | null | undefined)[]) =>
  uniqueCitations(figures.flatMap((f) => f?.sources ?? []));

/** The three tables behind the charts, each with caption and sources; figures exactly as in the snapshot. */
export function SectorsTables({ snapshot, sort }: { snapshot: Snapshot; sort: SortOrder }) {
  const st = useSectorsText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const s = snapshot.sectors;
  const date = (f: Figure) => (f.date ? formatPartialDate(f.date, lang, t) : t('sources.noDate'));
  // Kept across renders: a sort then moves the table's rows without drawing them again.
  const { memberColumns, projectColumns } = useMemo(() => {
    const base = { snapshot, lang, t };
    const labelColumn = (label: string): Column<BarRow> => ({
      key: 'label',
      label,
      rowHeader: true,
      sortValue: (r) => (sort === 'source' ? r.sourceIndex : r.label[lang]),
      render: (r) => r.label[lang],
    });
    const byKey = (columns: Column<BarRow>[], key: string, label?: string) => {
      const column = columns.find((c) => c.key === key);
      if (!column) throw new Error(`No column ${key}`);
      return label ? { ...column, label } : column;
    };
    const shareColumns = figureColumns<BarRow>((r) => r.share ?? null, {
      ...base,
      valueLabel: st('tables.share'),
      keyPrefix: 'share-',
    });
    const countColumns = figureColumns<BarRow>((r) => r.count ?? null, {
      ...base,
      valueLabel: st('tables.count'),
      keyPrefix: 'count-',
    });
    return {
      memberColumns: [
        labelColumn(st('tables.sector')),
        byKey(shareColumns, 'share-value'),
        byKey(shareColumns, 'share-kind', st('tables.shareKind')),
        byKey(countColumns, 'count-value'),
        byKey(countColumns, 'count-kind', st('tables.countKind')),
        byKey(shareColumns, 'share-date'),
        sourceColumn<BarRow>(t('sources.col.source'), snapshot, (r) => citationsOf([r.share, r.count])),
      ],
      projectColumns: [
        labelColumn(st('tables.domain')),
        ...figureColumns<BarRow>((r) => r.count ?? null, {
          ...base,
          valueLabel: st('tables.projectsCount'),
        }),
      ],
    };
  }, [snapshot, lang, t, st, sort]);
  const members = useMemo(() => memberRows(snapshot, 'share'), [snapshot]);
  const projects = useMemo(() => projectRows(snapshot), [snapshot]);
  const cited = useMemo(
    () => ({
      members: citationsOf([s.membersTotal, ...members.flatMap((r) => [r.share, r.count])]),
      projects: citationsOf([s.projectsTotal, ...projects.map((r) => r.count)]),
    }),
    [s, members, projects],
  );
  const light = [
    { key: 'companies', label: t('figureLabel.lightCompanies'), figure: s.lightManufacturing.companies },
    { key: 'regions', label: t('figureLabel.lightRegions'), figure: s.lightManufacturing.regions },
  ];
  const initial = (key: string) => (sort === 'value' ? { key, dir: 'desc' as const } : undefined);
  const totalCaption = (key: 'tables.members' | 'tables.projects', total: Figure) =>
    st(key, { total: formatFigure(total, lang, t), date: date(total) });
  const footnote = (citations: ReturnType<typeof citationsOf>) => (
    <SourceFootnote snapshot={snapshot} citations={citations} />
  );

  return (
    <div className="sectors-tables">
      <SortableTable
        id="members"
        key={`members-${sort}`}
        caption={totalCaption('tables.members', s.membersTotal)}
        columns={memberColumns}
        rows={members}
        initialSort={initial('share-value')}
        footer={footnote(cited.members)}
      />
      <SortableTable
        id="projects"
        key={`projects-${sort}`}
        caption={totalCaption('tables.projects', s.projectsTotal)}
        columns={projectColumns}
        rows={projects}
        initialSort={initial('value')}
        footer={footnote(cited.projects)}
      />
      <SortableTable
        id="light-manufacturing"
        caption={st('tables.light', { since: formatPartialDate(s.lightManufacturing.since, lang, t) })}
        columns={[
          textColumn<(typeof light)[number]>('label', st('tables.figure'), (r) => r.label, {
            rowHeader: true,
          }),
          ...figureColumns<(typeof light)[number]>((r) => r.figure, {
            snapshot,
            lang,
            t,
            valueLabel: st('tables.value'),
          }),
        ]}
        rows={light}
        footer={footnote(
          uniqueCitations([...s.lightManufacturing.sources, ...citationsOf(light.map((l) => l.figure))]),
        )}
      />
    </div>
  );
}

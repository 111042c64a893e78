import { useMemo } from 'react';
import { sourceColumn } from '../../charts/figure-columns';
import type { Figure, Snapshot } from '../../data/schema';
import { SortableTable, type Column } from '../../charts/sortable-table';
import { textColumn } from '../../charts/text-column';
import { SourceFootnote } from '../../charts/source-footnote';
import { uniqueCitations } from '../../charts/unique-citations';
import { useTranslation } from '../../i18n';
import { dateStart, formatFigure, formatPartialDate } from '../../i18n/format';
import type { SortKey } from './subclusters.params';
import { fieldCells, ruleRows, type FieldCell, type RuleRow, type SubclusterRow } from './subclusters-series';
import { useSubclustersText } from './subclusters.text';

const INITIAL_SORT: Record<SortKey, { key: string; dir: 'asc' | 'desc' } | undefined> = {
  participants: { key: 'participants', dir: 'desc' },
  projects: { key: 'projects', dir: 'desc' },
  name: { key: 'name', dir: 'asc' },
  source: undefined,
};

const sources = (figures: Figure[]) => uniqueCitations(figures.flatMap((f) => f.sources));

/** The table alternative: sub-clusters, registration rules and priority fields, every figure as the source gives it. */
export function SubclustersTables({
  snapshot,
  rows,
  sort,
  highlight,
}: {
  snapshot: Snapshot;
  rows: SubclusterRow[];
  sort: SortKey;
  highlight: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const v = useSubclustersText();
  const lang = i18n.language;
  // Kept across renders: a sort then moves the tables' rows without drawing them again.
  const { subclusterColumns, ruleColumns, fieldColumns } = useMemo(() => {
    const worded = (f: Figure | null) =>
      f ? formatFigure(f, lang, t) : <span className="not-reported">{t('qualifier.notReported')}</span>;
    const kindText = (figures: Figure[]) =>
      [...new Set(figures.map((f) => t(`qualifier.${f.qualifier.kind}`)))].join(', ');

    const subclusterColumns: Column<SubclusterRow>[] = [
      {
        key: 'name',
        label: v('table.name'),
        rowHeader: true,
        sortValue: (r) => r.name,
        render: (r) =>
          r.id === highlight ? <mark className="subclusters-mark-text">{r.name}</mark> : r.name,
      },
      {
        key: 'participants',
        label: v('table.participants'),
        numeric: true,
        sortValue: (r) => r.participants.value,
        render: (r) => worded(r.participants),
      },
      {
        key: 'projects',
        label: v('table.projects'),
        numeric: true,
        sortValue: (r) => r.projects.value,
        render: (r) => worded(r.projects),
      },
      textColumn('kind', t('sources.col.qualifier'), (r) => kindText([r.participants, r.projects])),
      {
        key: 'date',
        label: t('sources.col.date'),
        sortValue: (r) => (r.participants.date ? dateStart(r.participants.date) : null),
        render: (r) =>
          r.participants.date ? formatPartialDate(r.participants.date, lang, t) : t('sources.noDate'),
      },
      sourceColumn(t('sources.col.source'), snapshot, (r) => sources([r.participants, r.projects]), {
        sortValue: (r) => r.sourceIndex,
      }),
    ];

    const ruleColumns: Column<RuleRow>[] = [
      textColumn('rule', v('table.rule'), (r) => r.text, { rowHeader: true }),
      {
        key: 'threshold',
        label: v('table.threshold'),
        numeric: true,
        sortValue: (r) => r.threshold?.value ?? null,
        render: (r) =>
          r.threshold ? (
            formatFigure(r.threshold, lang, t)
          ) : (
            <span className="subclusters-muted">{v('facts.none')}</span>
          ),
      },
      {
        key: 'kind',
        label: t('sources.col.qualifier'),
        sortValue: (r) => r.threshold?.qualifier.kind ?? null,
        render: (r) => (r.threshold ? kindText([r.threshold]) : ''),
      },
      sourceColumn(t('sources.col.source'), snapshot, (r) => r.sources),
    ];

    const fieldColumns: Column<FieldCell>[] = [
      textColumn('field', v('table.field'), (f) => f.label, { rowHeader: true }),
      {
        key: 'count',
        label: v('table.count'),
        numeric: true,
        sortValue: (f) => f.count.value,
        render: (f) => worded(f.count),
      },
      {
        key: 'kind',
        label: t('sources.col.qualifier'),
        sortValue: (f) => f.count.qualifier.kind,
        render: (f) => kindText([f.count]),
      },
      sourceColumn(t('sources.col.source'), snapshot, (f) => f.count.sources),
    ];
    return { subclusterColumns, ruleColumns, fieldColumns };
  }, [highlight, lang, snapshot, t, v]);
  const rules = useMemo(() => ruleRows(snapshot, lang), [snapshot, lang]);
  const fields = useMemo(() => fieldCells(snapshot, lang), [snapshot, lang]);
  const cited = useMemo(
    () => ({
      subclusters: sources(rows.flatMap((r) => [r.participants, r.projects])),
      rules: rules.flatMap((r) => r.sources),
      fields: sources(fields.map((f) => f.count)),
    }),
    [rows, rules, fields],
  );
  return (
    <div className="subclusters-tables">
      <SortableTable
        id="subclusters"
        key={`subclusters-${sort}`}
        caption={v('table.subclusters')}
        columns={subclusterColumns}
        rows={rows}
        initialSort={INITIAL_SORT[sort]}
        footer={<SourceFootnote snapshot={snapshot} citations={cited.subclusters} />}
      />
      <SortableTable
        id="rules"
        caption={v('table.rules')}
        columns={ruleColumns}
        rows={rules}
        footer={<SourceFootnote snapshot={snapshot} citations={cited.rules} />}
      />
      <SortableTable
        id="fields"
        caption={v('table.fields')}
        columns={fieldColumns}
        rows={fields}
        footer={<SourceFootnote snapshot={snapshot} citations={cited.fields} />}
      />
    </div>
  );
}

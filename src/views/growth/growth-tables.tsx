import { useMemo } from 'react';
import { figureColumns } from '../../charts/figure-columns';
import { SortableTable, type Column } from '../../charts/sortable-table';
import { textColumn } from '../../charts/text-column';
import { SourceFootnote } from '../../charts/source-footnote';
import type { Figure, Snapshot } from '../../data/schema';
import { sourceById, shortSourceName } from '../../data/sources';
import { useTranslation } from '../../i18n';
import { formatPartialDate } from '../../i18n/format';
import { otherMultiples, primaryMultiple, ratioFigure, type GrowthRatio } from './growth-multiples';
import { basisText, useGrowthText } from './growth.text';
import { citationsOf, type ChartPoint, type ChartSeries, type Period } from './growth-series';

interface GrowthTablesProps {
  snapshot: Snapshot;
  /** The series and points shown on the chart (selection and date window applied). */
  series: ChartSeries[];
  window: Period | undefined;
  ratio: GrowthRatio | undefined;
  /** `?from=`/`?to=` values that name no usable basis (the default basis is used instead). */
  basisInvalid: { name: string; raw: string }[];
}

interface PointRow {
  point: ChartPoint;
  series: ChartSeries;
}
interface MultipleRow {
  key: string;
  label: string;
  figure: Figure;
}

/** The table alternative: the series definitions, every point shown, and the growth multiples. */
export function GrowthTables({ snapshot, series, window, ratio, basisInvalid }: GrowthTablesProps) {
  const { t, i18n } = useTranslation();
  const g = useGrowthText();
  const lang = i18n.language;
  const day = (ms: number) =>
    formatPartialDate({ value: new Date(ms).toISOString().slice(0, 10), precision: 'day' }, lang, t);

  // Kept across renders, as the columns: a sort then moves the table's rows without drawing them again.
  const rows = useMemo<PointRow[]>(
    () => series.flatMap((s) => s.points.map((point) => ({ point, series: s }))),
    [series],
  );
  const pointSources = useMemo(() => citationsOf(series), [series]);
  const pointColumns = useMemo<Column<PointRow>[]>(
    () => [
      {
        key: 'series',
        label: g('table.series'),
        rowHeader: true,
        sortValue: (r) => r.series.index,
        render: (r) => r.series.label[lang],
      },
      ...figureColumns<PointRow>((r) => r.point.figure, { snapshot, lang, t, valueLabel: g('table.value') }),
      {
        key: 'precision',
        label: g('table.precision'),
        sortValue: (r) => r.point.precision,
        render: (r) => t(`date.precision.${r.point.precision}`),
      },
      {
        key: 'note',
        label: g('table.note'),
        sortValue: (r) => r.point.figure.note?.[lang] ?? null,
        render: (r) => r.point.figure.note?.[lang] ?? '',
      },
    ],
    [g, lang, snapshot, t],
  );

  const primary = primaryMultiple(snapshot);
  const stated = [...(primary ? [primary] : []), ...otherMultiples(snapshot)];
  const multiples: MultipleRow[] = stated.map((m) => {
    const source = m.sources[0] ? sourceById(snapshot, m.sources[0].source) : undefined;
    const who =
      m === primary ? g('ratio.seed') : source ? shortSourceName(source) : (m.sources[0]?.source ?? '');
    return { key: m.id, label: g('table.statedRow', { source: who }), figure: m };
  });
  const ratioSeries = series.find((s) => s.id === ratio?.seriesId) ?? undefined;
  if (ratio)
    multiples.push({
      key: 'derived',
      label: g('table.derivedRow', {
        series: ratioSeries?.label[lang] ?? ratio.seriesId,
        from: basisText(ratio.from, lang, t),
        to: basisText(ratio.to, lang, t),
      }),
      figure: ratioFigure(ratio),
    });
  const multipleColumns: Column<MultipleRow>[] = [
    textColumn('what', g('table.what'), (r) => r.label, { rowHeader: true }),
    ...figureColumns<MultipleRow>((r) => r.figure, { snapshot, lang, t, valueLabel: g('table.multiple') }),
    {
      key: 'note',
      label: g('table.note'),
      sortValue: (r) => r.figure.note?.[lang] ?? null,
      render: (r) =>
        r.figure.note?.[lang] ?? (r.key === 'derived' && ratio ? g(`ratio.caveat.${ratio.caveat}`) : ''),
    },
  ];

  return (
    <div className="growth-tables">
      <h2 className="growth-tables__heading">{g('table.definitions')}</h2>
      <dl className="growth-definitions">
        {series.map((s) => (
          <div key={s.id}>
            <dt>{s.label[lang]}</dt>
            <dd>{s.definition[lang]}</dd>
          </div>
        ))}
      </dl>
      <SortableTable
        id="points"
        caption={
          <>
            {g('table.pointsCaption', {
              count: rows.length,
              series: series.map((s) => s.label[lang]).join(', '),
            })}
            {window &&
              ` · ${g('table.window', { from: day(window.start), to: day(window.end - 86_400_000) })}`}
          </>
        }
        columns={pointColumns}
        rows={rows}
        rowKey={(r) => r.point.figure.id}
        initialSort={{ key: 'date', dir: 'asc' }}
        footer={<SourceFootnote snapshot={snapshot} citations={pointSources} />}
      />
      {basisInvalid.length > 0 && (
        <p className="notice notice--inline" role="status">
          {t('app.ignoredParams', { params: basisInvalid.map((p) => `?${p.name}=${p.raw}`).join(', ') })}
        </p>
      )}
      <SortableTable
        id="multiples"
        caption={g('table.multiplesCaption')}
        columns={multipleColumns}
        rows={multiples}
        footer={<SourceFootnote snapshot={snapshot} citations={multiples.flatMap((r) => r.figure.sources)} />}
      />
    </div>
  );
}

import { useMemo } from 'react';
import { sourceColumn } from '../../charts/figure-columns';
import { Link } from 'react-router-dom';
import { useViewPath } from '../../lib/view-link';
import { SortableTable, type Column } from '../../charts/sortable-table';
import { textColumn } from '../../charts/text-column';
import { SourceFootnote } from '../../charts/source-footnote';
import type { Figure, Snapshot } from '../../data/schema';
import { useTranslation, type Language, type TFunction } from '../../i18n';
import { formatPartialDate } from '../../i18n/format';
import { dateBesideLabel, figureValueText, useFigureLabels, useFrameworkText } from './framework.text';
import { evidenceRows, type EvidenceRow, type ShapedFeature } from './framework-series';

/** The table alternative: the seed's framework table as it is, then every evidence item with its figures. */
export function FrameworkTables({
  snapshot,
  features,
}: {
  snapshot: Snapshot;
  features: readonly ShapedFeature[];
}) {
  const ft = useFrameworkText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const labels = useFigureLabels(snapshot);
  const viewPath = useViewPath();

  // Kept across renders: a sort then moves the tables' rows without drawing them again.
  const frameworkColumns = useMemo<Column<ShapedFeature>[]>(
    () => [
      { key: 'n', label: ft('table.n'), numeric: true, sortValue: (f) => f.n, render: (f) => f.n },
      textColumn('what', ft('table.what'), (f) => f.what[lang], { rowHeader: true }),
      textColumn('why', ft('table.why'), (f) => f.why[lang]),
      {
        key: 'proof',
        label: ft('table.proof'),
        sortValue: (f) => f.proof.join('; '),
        render: (f) => (
          <ul className="framework-cell-list">
            {f.proof.map((reference) => (
              <li key={reference}>{reference}</li>
            ))}
          </ul>
        ),
      },
    ],
    [ft, lang],
  );

  const rows = useMemo(() => evidenceRows(features), [features]);
  const evidenceSources = useMemo(() => rows.flatMap((r) => r.evidence.sources), [rows]);
  const evidenceColumns = useMemo<Column<EvidenceRow>[]>(
    () => [
      {
        key: 'feature',
        label: ft('table.feature'),
        sortValue: (r) => r.feature.n,
        render: (r) => `${r.feature.n}. ${r.feature.what[lang]}`,
      },
      textColumn('evidence', ft('table.evidence'), (r) => r.evidence.text[lang], { rowHeader: true }),
      {
        key: 'figures',
        label: ft('table.figures'),
        sortValue: (r) => r.evidence.figures.length,
        render: (r) => (
          <FigureCell
            row={r}
            labels={labels}
            lang={lang}
            t={t}
            none={ft('table.none')}
            missing={(id) => ft('comparison.missingFigure', { id })}
          />
        ),
      },
      {
        key: 'view',
        label: ft('table.view'),
        sortValue: (r) => (r.evidence.view ? t(`nav.${r.evidence.view}`) : null),
        render: (r) => {
          const view = r.evidence.view;
          if (!view) return <span className="not-reported">{ft('table.none')}</span>;
          if (view === 'framework') return ft('table.thisPage');
          return <Link to={viewPath(view)}>{t(`nav.${view}`)}</Link>;
        },
      },
      sourceColumn(ft('table.source'), snapshot, (r) => r.evidence.sources, {
        sortValue: (r) => r.evidence.sources[0]?.locator ?? null,
      }),
    ],
    [ft, labels, lang, snapshot, t, viewPath],
  );

  return (
    <div className="framework-tables">
      <SortableTable
        id="features"
        caption={ft('table.frameworkCaption')}
        columns={frameworkColumns}
        rows={[...features]}
        rowKey={(f) => String(f.n)}
        initialSort={{ key: 'n', dir: 'asc' }}
        footer={<SourceFootnote snapshot={snapshot} citations={snapshot.framework.featuresSources} />}
      />
      <SortableTable
        id="evidence"
        caption={ft('table.evidenceCaption')}
        columns={evidenceColumns}
        rows={rows}
        initialSort={{ key: 'feature', dir: 'asc' }}
        footer={<SourceFootnote snapshot={snapshot} citations={evidenceSources} />}
      />
    </div>
  );
}

/** Each linked figure as worded, with what it is, its kind when not exact, and its date. */
function FigureCell({
  row,
  labels,
  lang,
  t,
  none,
  missing,
}: {
  row: EvidenceRow;
  labels: ReadonlyMap<string, string>;
  lang: Language;
  t: TFunction;
  none: string;
  missing: (id: string) => string;
}) {
  const { figures, unresolved } = row.evidence;
  if (figures.length === 0 && unresolved.length === 0) return <span className="not-reported">{none}</span>;
  const describe = (f: Figure) => {
    const label = labels.get(f.id) ?? f.id;
    const date = dateBesideLabel(label, f.date ? formatPartialDate(f.date, lang, t) : null);
    return [f.qualifier.kind !== 'exact' ? t(`qualifier.${f.qualifier.kind}`) : null, date]
      .filter(Boolean)
      .join(', ');
  };
  return (
    <ul className="framework-cell-list">
      {figures.map((f) => (
        <li key={f.id}>
          <strong>{figureValueText(f, lang, t)}</strong> {labels.get(f.id) ?? f.id}
          {describe(f) && <span className="framework-cell-meta"> ({describe(f)})</span>}
          {f.qualifier.kind === 'derived' && (
            <span className="formula">{t('sources.formula', { formula: f.qualifier.formula[lang] })}</span>
          )}
        </li>
      ))}
      {unresolved.map((id) => (
        <li key={id} className="not-reported">
          {missing(id)}
        </li>
      ))}
    </ul>
  );
}

import type { ReactNode } from 'react';
import type { TFunction, Language } from '../i18n';
import type { Citation, Figure, Snapshot } from '../data/schema';
import { dateStart, formatFigure, formatPartialDate } from '../i18n/format';
import { CitationText } from '../ui/citation-text';
import type { Column } from './sortable-table';

/**
 * The standard columns for a figure in a view's table: value as the source words it, kind (with the formula
 * of derived figures), date and source. `get` picks the figure out of the row.
 */
export function figureColumns<Row>(
  get: (row: Row) => Figure | null,
  options: {
    snapshot: Snapshot;
    lang: Language;
    t: TFunction;
    valueLabel: string;
    keyPrefix?: string;
    withDate?: boolean;
    /** The figure's own note under its citation (the full list on /sources). */
    withNote?: boolean;
  },
): Column<Row>[] {
  const { snapshot, lang, t, valueLabel, keyPrefix = '', withDate = true, withNote = false } = options;
  const columns: Column<Row>[] = [
    {
      key: `${keyPrefix}value`,
      label: valueLabel,
      numeric: true,
      sortValue: (r) => get(r)?.value ?? null,
      render: (r) => {
        const f = get(r);
        return f ? (
          formatFigure(f, lang, t)
        ) : (
          <span className="not-reported">{t('qualifier.notReported')}</span>
        );
      },
    },
    {
      key: `${keyPrefix}kind`,
      label: t('sources.col.qualifier'),
      sortValue: (r) => get(r)?.qualifier.kind ?? null,
      render: (r) => {
        const f = get(r);
        if (!f) return null;
        return (
          <>
            <span className={`kind kind--${f.qualifier.kind}`}>{t(`qualifier.${f.qualifier.kind}`)}</span>
            {f.qualifier.kind === 'derived' && (
              <span className="formula">{t('sources.formula', { formula: f.qualifier.formula[lang] })}</span>
            )}
          </>
        );
      },
    },
  ];
  if (withDate)
    columns.push({
      key: `${keyPrefix}date`,
      label: t('sources.col.date'),
      sortValue: (r) => {
        const d = get(r)?.date;
        return d ? dateStart(d) : null;
      },
      render: (r) => {
        const d = get(r)?.date;
        return d ? formatPartialDate(d, lang, t) : t('sources.noDate');
      },
    });
  columns.push({
    key: `${keyPrefix}source`,
    label: t('sources.col.source'),
    sortValue: (r) => get(r)?.sources[0]?.source ?? null,
    render: (r) => {
      const f = get(r);
      if (!f) return null;
      return (
        <>
          <CitationText snapshot={snapshot} citations={f.sources} />
          {withNote && f.note && <span className="figure-note">{f.note[lang]}</span>}
        </>
      );
    },
  });
  return columns;
}

/**
 * A row's citations as a column, sorted by the first source's id unless `sortValue` says otherwise.
 * `empty` is shown where a row cites nothing.
 */
export function sourceColumn<Row>(
  label: string,
  snapshot: Snapshot,
  citations: (row: Row) => readonly Citation[],
  options: { sortValue?: (row: Row) => string | number | null; empty?: ReactNode } = {},
): Column<Row> {
  return {
    key: 'source',
    label,
    sortValue: options.sortValue ?? ((r) => citations(r)[0]?.source ?? null),
    render: (r) => {
      const cited = citations(r);
      return cited.length === 0 && options.empty !== undefined ? (
        options.empty
      ) : (
        <CitationText snapshot={snapshot} citations={cited} />
      );
    },
  };
}

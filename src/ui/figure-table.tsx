import { useTranslation } from '../i18n';
import type { FigureRow } from '../i18n/figure-index';
import type { Snapshot } from '../data/schema';
import { formatFigure, formatPartialDate } from '../i18n/format';
import { CitationText } from './citation-text';

/** Figures as a plain table: the value as the source words it, its kind, date and citation. */
export function FigureTable({
  rows,
  snapshot,
  caption,
}: {
  rows: FigureRow[];
  snapshot: Snapshot;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sources.col.figure')}</th>
            <th scope="col" className="num">
              {t('sources.col.value')}
            </th>
            <th scope="col">{t('sources.col.qualifier')}</th>
            <th scope="col">{t('sources.col.date')}</th>
            <th scope="col">{t('sources.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ figure, label }) => (
            <tr key={figure.id} id={`figure-${figure.id}`}>
              <th scope="row">{label}</th>
              <td className="num">{formatFigure(figure, lang, t)}</td>
              <td>
                <span className={`kind kind--${figure.qualifier.kind}`}>
                  {t(`qualifier.${figure.qualifier.kind}`)}
                </span>
                {figure.qualifier.kind === 'derived' && (
                  <span className="formula">
                    {t('sources.formula', { formula: figure.qualifier.formula[lang] })}
                  </span>
                )}
              </td>
              <td>{figure.date ? formatPartialDate(figure.date, lang, t) : t('sources.noDate')}</td>
              <td>
                <CitationText snapshot={snapshot} citations={figure.sources} />
                {figure.note && <span className="figure-note">{figure.note[lang]}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

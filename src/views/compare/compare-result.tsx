import { useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from '../../i18n';
import type { Figure, Snapshot } from '../../data/schema';
import { formatFigure, formatPartialDate } from '../../i18n/format';
import { CitationText } from '../../ui/citation-text';
import { downloadBlob, exportFileName } from '../../export/download';
import type { SnapshotEntry } from '../../lib/snapshot.queries';
import { globalSearch, withParams } from '../../lib/url-state';
import { compareSnapshots, comparisonCsv, type CompareRow } from './compare-rows';
import { useCompareText } from './compare.text';

interface Side {
  entry: SnapshotEntry;
  snapshot: Snapshot;
}

/** Both snapshots named, the counts, the CSV download, then one table per view. */
export function CompareResult({ a, b }: { a: Side; b: Side }) {
  const ct = useCompareText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const comparison = useMemo(
    () =>
      compareSnapshots(
        { id: a.entry.id, snapshot: a.snapshot },
        { id: b.entry.id, snapshot: b.snapshot },
        lang,
        t,
      ),
    [a, b, lang, t],
  );
  const { counts, groups } = comparison;
  const download = () =>
    downloadBlob(
      new Blob([comparisonCsv(comparison)], { type: 'text/csv;charset=utf-8' }),
      exportFileName(['mic-compare', a.entry.id, b.entry.id, lang], 'csv'),
    );
  return (
    <>
      <dl className="compare__names">
        <SnapshotName label={ct('a')} entry={a.entry} />
        <SnapshotName label={ct('b')} entry={b.entry} />
      </dl>
      <h2 id="compare-counts">{ct('counts')}</h2>
      <ul className="compare__counts" aria-labelledby="compare-counts">
        {(['changed', 'added', 'removed'] as const).map((status) => (
          <li key={status} className={`compare__count compare__count--${status}`} data-status={status}>
            <span className="compare__count-number">{counts[status]}</span> {ct(status)}
          </li>
        ))}
      </ul>
      {groups.length === 0 ? (
        <p>{ct('noChanges')}</p>
      ) : (
        <>
          <button type="button" className="button" onClick={download}>
            {ct('download')}
          </button>
          {groups.map((g) => (
            <section key={g.view} className="compare__group" aria-labelledby={`compare-${g.view}`}>
              <h2 id={`compare-${g.view}`}>
                {g.view === 'other' ? ct('other') : t(`nav.${g.view}`)} ({g.rows.length})
              </h2>
              <div className="table-scroll">
                <table className="data-table compare__table">
                  <caption className="visually-hidden">
                    {g.view === 'other' ? ct('other') : t(`nav.${g.view}`)}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{ct('col.figure')}</th>
                      <th scope="col">{ct('col.what')}</th>
                      <th scope="col">{ct('col.before')}</th>
                      <th scope="col">{ct('col.after')}</th>
                      <th scope="col">{ct('col.link')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.rows.map((row) => (
                      <Row key={row.diff.id} row={row} a={a.snapshot} b={b.snapshot} />
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          ))}
        </>
      )}
    </>
  );
}

function SnapshotName({ label, entry }: { label: string; entry: SnapshotEntry }) {
  const ct = useCompareText();
  const { i18n } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        <span className="compare__title">{entry.title[i18n.language]}</span>{' '}
        <span className="muted">
          (
          {entry.own
            ? ct('own', { origin: entry.own.origin, date: entry.compiled })
            : ct('publishedOn', { date: entry.compiled })}
          )
        </span>
      </dd>
    </div>
  );
}

function Row({ row, a, b }: { row: CompareRow; a: Snapshot; b: Snapshot }) {
  const ct = useCompareText();
  const { t } = useTranslation();
  const { diff } = row;
  const what =
    diff.status === 'changed' ? diff.changes.map((c) => ct(`change.${c}`)).join(', ') : ct(diff.status);
  const search = withParams(globalSearch(useLocation().search), { snapshot: row.snapshotId });
  return (
    <tr data-status={diff.status} data-figure={diff.id}>
      <th scope="row">{row.label}</th>
      <td data-label={ct('col.what')}>
        <span className={`compare__status compare__status--${diff.status}`}>{what}</span>
      </td>
      <td data-label={ct('col.before')}>
        <FigureCell figure={diff.before} snapshot={a} />
      </td>
      <td data-label={ct('col.after')}>
        <FigureCell figure={diff.after} snapshot={b} />
      </td>
      <td data-label={ct('col.link')}>
        <Link to={`/${row.view}${search}`}>{ct('openView', { view: t(`nav.${row.view}`) })}</Link>
        {', '}
        <Link to={`/sources${search}#figure-${diff.id}`}>{ct('inSources')}</Link>
      </td>
    </tr>
  );
}

function FigureCell({ figure, snapshot }: { figure: Figure | undefined; snapshot: Snapshot }) {
  const ct = useCompareText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!figure) return <span className="muted">{ct('absent')}</span>;
  return (
    <>
      <span className="compare__value">{formatFigure(figure, lang, t)}</span>
      <span className="compare__meta">
        {t(`qualifier.${figure.qualifier.kind}`)},{' '}
        {figure.date ? formatPartialDate(figure.date, lang, t) : t('sources.noDate')}
      </span>
      <span className="compare__meta">
        <CitationText snapshot={snapshot} citations={figure.sources} />
      </span>
    </>
  );
}

import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from '../../i18n';
import { buildFigureRows, type FigureRow } from '../../i18n/figure-index';
import type { Snapshot } from '../../data/schema';
import { formatFigure } from '../../i18n/format';
import { useViewParams } from '../../lib/use-view-params';
import { figureColumns } from '../../charts/figure-columns';
import { SortableTable } from '../../charts/sortable-table';
import { textColumn } from '../../charts/text-column';
import { SOURCES_PARAMS } from './sources.params';
import { SnapshotPage } from '../../ui/view-page';
import { CitationList } from './citation-list';
import { DataQualityPanel } from './data-quality-panel';
import { ViewActions } from '../../share/view-actions';
import { useSourcesText } from './sources.text';
import { filterFigureRows } from './sources-series';

export default function SourcesRoute() {
  const st = useSourcesText();
  return (
    <SnapshotPage
      id="sources"
      // Laid out by the browser alone (no chart measures its width), so the pre-rendered page shows at once.
      className="page--static"
      title={st('heading')}
      lead={st('lead')}
      actions={<ViewActions title={st('heading')} embeddable={false} acceptDrop />}
    >
      {(snapshot) => <Sources snapshot={snapshot} />}
    </SnapshotPage>
  );
}

function Sources({ snapshot }: { snapshot: Snapshot }) {
  const { t, i18n } = useTranslation();
  const st = useSourcesText();
  const lang = i18n.language;
  const { values, update } = useViewParams(SOURCES_PARAMS);
  const query = values.q;
  const deferred = useDeferredValue(query);
  const rows = useMemo(() => buildFigureRows(snapshot, lang, t), [snapshot, lang, t]);
  const shown = useMemo(
    () =>
      filterFigureRows(
        rows,
        deferred,
        snapshot,
        (r) => `${formatFigure(r.figure, lang, t)} ${t(`qualifier.${r.figure.qualifier.kind}`)}`,
      ),
    [rows, deferred, snapshot, lang, t],
  );
  // Kept across renders: a sort then moves the table's rows without drawing them again.
  const columns = useMemo(
    () => [
      textColumn<FigureRow>('figure', t('sources.col.figure'), (r) => r.label, { rowHeader: true }),
      ...figureColumns<FigureRow>((r) => r.figure, {
        snapshot,
        lang,
        t,
        valueLabel: t('sources.col.value'),
        withNote: true,
      }),
    ],
    [snapshot, lang, t],
  );

  return (
    <>
      <h2>{st('citations')}</h2>
      <CitationList snapshot={snapshot} />
      <p className="muted">{st('accessed', { id: snapshot.id, date: snapshot.compiled })}</p>
      <DataQualityPanel snapshot={snapshot} />
      <h2 id="figures-heading">{st('figures', { count: rows.length })}</h2>
      <div className="search-field">
        <label htmlFor="figure-search">{st('search')}</label>
        <input
          id="figure-search"
          type="search"
          value={query}
          placeholder={st('searchPlaceholder')}
          onChange={(e) => update({ q: e.target.value })}
        />
      </div>
      <p className="muted" role="status">
        {st('showing', { shown: shown.length, total: rows.length })}
      </p>
      {shown.length === 0 ? (
        <p>{st('noMatch', { query })}</p>
      ) : (
        <SortableTable
          id="figures"
          caption={st('figures', { count: shown.length })}
          columns={columns}
          rows={shown}
          rowKey={(r) => r.figure.id}
          rowId={(r) => `figure-${r.figure.id}`}
        />
      )}
    </>
  );
}

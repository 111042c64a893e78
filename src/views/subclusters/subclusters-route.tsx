import { useMemo } from 'react';
import { ViewLayout } from '../../charts/view-layout';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { useViewParams } from '../../lib/use-view-params';
import { usePrinting } from '../../charts/use-printing';
import { FieldsFrame } from './fields-frame';
import { SizeFrame } from './size-frame';
import { SubclustersFacts } from './subclusters-facts';
import { SubclustersTables } from './subclusters-tables';
import { SUBCLUSTERS_PARAMS } from './subclusters.params';
import { sortSubclusters, subclusterRows } from './subclusters-series';
import { useSubclustersText } from './subclusters.text';
import './subclusters.css';

type Params = ReturnType<typeof useViewParams<typeof SUBCLUSTERS_PARAMS>>;

/** `/subclusters`: the ten sub-clusters against the registration minimum, and their priority fields. */
export default function SubclustersRoute() {
  const v = useSubclustersText();
  const params = useViewParams(SUBCLUSTERS_PARAMS);
  const { highlight } = params.values;
  return (
    <ViewLayout
      view="subclusters"
      lead={v('lead')}
      params={params}
      unknown={(snapshot) =>
        highlight === undefined || snapshot.subclusters.items.some((item) => item.id === highlight)
          ? []
          : [{ name: 'highlight', raw: highlight }]
      }
      chart={(snapshot) => <ChartTab snapshot={snapshot} params={params} />}
      table={(snapshot) => <TableTab snapshot={snapshot} params={params} />}
    />
  );
}

/** Rows in the chosen order, and the highlight if it names one of them (an unknown one is reported above). */
function useRows(snapshot: Snapshot, params: Params) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const { values } = params;
  const rows = useMemo(() => subclusterRows(snapshot, lang), [snapshot, lang]);
  const sorted = useMemo(() => sortSubclusters(rows, values.sort, lang), [rows, values.sort, lang]);
  const highlight = rows.some((r) => r.id === values.highlight) ? values.highlight : undefined;
  return { rows, sorted, highlight };
}

function ChartTab({ snapshot, params }: { snapshot: Snapshot; params: Params }) {
  const { values, update } = params;
  const { rows, sorted, highlight } = useRows(snapshot, params);
  const toggle = (id: string) => update({ highlight: highlight === id ? undefined : id });
  return (
    <>
      <SubclustersFacts snapshot={snapshot} rows={rows} withRules />
      <SizeFrame
        snapshot={snapshot}
        rows={sorted}
        chart={values.chart}
        sort={values.sort}
        highlight={highlight}
        onToggle={toggle}
        onChart={(chart) => update({ chart })}
        onSort={(sort) => update({ sort })}
        onClear={() => update({ highlight: undefined })}
      />
      <FieldsFrame snapshot={snapshot} order={sorted} highlight={highlight} />
    </>
  );
}

/** The tables; when printing, the chart tab above already gave the key facts. */
function TableTab({ snapshot, params }: { snapshot: Snapshot; params: Params }) {
  const printing = usePrinting();
  const { rows, sorted, highlight } = useRows(snapshot, params);
  return (
    <>
      {!printing && <SubclustersFacts snapshot={snapshot} rows={rows} withRules={false} />}
      <SubclustersTables snapshot={snapshot} rows={sorted} sort={params.values.sort} highlight={highlight} />
    </>
  );
}

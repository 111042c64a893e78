import { useMemo } from 'react';
import { viewRoute, type TabProps } from '../../charts/view-route';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { usePrinting } from '../../charts/use-printing';
import { FieldsFrame } from './fields-frame';
import { SizeFrame } from './size-frame';
import { SubclustersFacts } from './subclusters-facts';
import { SubclustersTables } from './subclusters-tables';
import { SUBCLUSTERS_PARAMS } from './subclusters.params';
import { sortSubclusters, subclusterRows } from './subclusters-series';
import { useSubclustersText } from './subclusters.text';
import './subclusters.css';

type Props = TabProps<typeof SUBCLUSTERS_PARAMS>;

/** `/subclusters`: the ten sub-clusters against the registration minimum, and their priority fields. */
export default viewRoute({
  view: 'subclusters',
  params: SUBCLUSTERS_PARAMS,
  text: useSubclustersText,
  unknown: (snapshot, { highlight }) =>
    highlight === undefined || snapshot.subclusters.items.some((item) => item.id === highlight)
      ? []
      : [{ name: 'highlight', raw: highlight }],
  Chart: ChartTab,
  Table: TableTab,
});

/** Rows in the chosen order, and the highlight if it names one of them (an unknown one is reported above). */
function useRows(snapshot: Snapshot, params: Props['params']) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const { values } = params;
  const rows = useMemo(() => subclusterRows(snapshot, lang), [snapshot, lang]);
  const sorted = useMemo(() => sortSubclusters(rows, values.sort, lang), [rows, values.sort, lang]);
  const highlight = rows.some((r) => r.id === values.highlight) ? values.highlight : undefined;
  return { rows, sorted, highlight };
}

function ChartTab({ snapshot, params }: Props) {
  const { rows, sorted, highlight } = useRows(snapshot, params);
  return (
    <>
      <SubclustersFacts snapshot={snapshot} rows={rows} withRules />
      <SizeFrame snapshot={snapshot} rows={sorted} highlight={highlight} params={params} />
      <FieldsFrame snapshot={snapshot} order={sorted} highlight={highlight} />
    </>
  );
}

/** The tables; when printing, the chart tab above already gave the key facts. */
function TableTab({ snapshot, params }: Props) {
  const printing = usePrinting();
  const { rows, sorted, highlight } = useRows(snapshot, params);
  return (
    <>
      {!printing && <SubclustersFacts snapshot={snapshot} rows={rows} withRules={false} />}
      <SubclustersTables snapshot={snapshot} rows={sorted} sort={params.values.sort} highlight={highlight} />
    </>
  );
}

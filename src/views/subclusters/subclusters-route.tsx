import { useMemo } from 'react';
import { ViewLayout } from '../../charts/view-layout';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { useViewParams } from '../../lib/use-view-params';
import { WithSnapshot } from '../../ui/view-page';
import { FieldsFrame } from './fields-frame';
import { SizeFrame } from './size-frame';
import { SubclustersFacts } from './subclusters-facts';
import { SubclustersTables } from './subclusters-tables';
import { SUBCLUSTERS_PARAMS } from './subclusters.params';
import { sortSubclusters, subclusterRows } from './subclusters-series';
import { useSubclustersText } from './subclusters.text';
import './subclusters.css';

/** `/subclusters`: the ten sub-clusters against the registration minimum, and their priority fields. */
export default function SubclustersRoute() {
  return <WithSnapshot>{(snapshot) => <SubclustersView snapshot={snapshot} />}</WithSnapshot>;
}

function SubclustersView({ snapshot }: { snapshot: Snapshot }) {
  const { i18n } = useTranslation();
  const v = useSubclustersText();
  const lang = i18n.language;
  const { values, invalid, update } = useViewParams(SUBCLUSTERS_PARAMS);
  const rows = useMemo(() => subclusterRows(snapshot, lang), [snapshot, lang]);
  const sorted = useMemo(() => sortSubclusters(rows, values.sort, lang), [rows, values.sort, lang]);
  // A highlight naming no sub-cluster of this snapshot is reported like any other unusable parameter.
  const known = values.highlight === undefined || rows.some((r) => r.id === values.highlight);
  const highlight = known ? values.highlight : undefined;
  const allInvalid = known ? invalid : [...invalid, { name: 'highlight', raw: values.highlight ?? '' }];
  const toggle = (id: string) => update({ highlight: highlight === id ? undefined : id });

  return (
    <ViewLayout
      view="subclusters"
      lead={v('lead')}
      tab={values.tab}
      onTab={(tab) => update({ tab })}
      invalid={allInvalid}
    >
      <SubclustersFacts snapshot={snapshot} rows={rows} withRules={values.tab === 'chart'} />
      {values.tab === 'chart' ? (
        <>
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
      ) : (
        <SubclustersTables snapshot={snapshot} rows={sorted} sort={values.sort} highlight={highlight} />
      )}
    </ViewLayout>
  );
}

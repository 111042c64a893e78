import { ViewLayout } from '../../charts/view-layout';
import type { Snapshot } from '../../data/schema';
import { useViewParams } from '../../lib/use-view-params';
import { WithSnapshot } from '../../ui/view-page';
import { SectorsCharts } from './sectors-charts';
import { resolveHighlight } from './sectors-series';
import { SectorsTables } from './sectors-tables';
import { SectorsToolbar } from './sectors-toolbar';
import { SECTORS_PARAMS } from './sectors.params';
import { useSectorsText } from './sectors.text';
import './sectors.css';

type Params = ReturnType<typeof useViewParams<typeof SECTORS_PARAMS>>;

export default function SectorsRoute() {
  const st = useSectorsText();
  const params = useViewParams(SECTORS_PARAMS);
  const { values, invalid, update } = params;
  return (
    <ViewLayout
      view="sectors"
      lead={st('lead')}
      tab={values.tab}
      onTab={(tab) => update({ tab })}
      invalid={invalid}
      table={
        <WithSnapshot>
          {(snapshot) => (
            <div className="sectors">
              {/* When printing, charts and tables show together; the notice is said once, above the charts. */}
              {values.tab === 'table' && <UnknownHighlight snapshot={snapshot} raw={values.highlight} />}
              <SectorsTables snapshot={snapshot} sort={values.sort} />
            </div>
          )}
        </WithSnapshot>
      }
    >
      <WithSnapshot>{(snapshot) => <Sectors snapshot={snapshot} params={params} />}</WithSnapshot>
    </ViewLayout>
  );
}

/** Says that `?highlight=` names no sector or domain (the value is well-formed, so the layout did not). */
function UnknownHighlight({ snapshot, raw }: { snapshot: Snapshot; raw: string | undefined }) {
  const st = useSectorsText();
  const result = resolveHighlight(raw, snapshot);
  if (result.status !== 'unknown') return null;
  return (
    <p className="notice notice--inline" role="status">
      {st('detail.unknown', { id: result.raw })}
    </p>
  );
}

/** The chart tab once the snapshot is in. */
function Sectors({ snapshot, params }: { snapshot: Snapshot; params: Params }) {
  const { values, update } = params;
  const result = resolveHighlight(values.highlight, snapshot);
  const highlighted = result.status === 'found' ? result.row : undefined;
  return (
    <div className="sectors">
      <UnknownHighlight snapshot={snapshot} raw={values.highlight} />
      <SectorsToolbar measure={values.measure} sort={values.sort} onChange={update} />
      <SectorsCharts
        snapshot={snapshot}
        measure={values.measure}
        sort={values.sort}
        highlighted={highlighted}
        onToggle={(key) => update({ highlight: highlighted?.key === key ? undefined : key })}
      />
    </div>
  );
}

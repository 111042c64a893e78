import { ViewLayout } from '../../charts/view-layout';
import type { Snapshot } from '../../data/schema';
import { useViewParams } from '../../lib/use-view-params';
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
  const { values } = params;
  return (
    <ViewLayout
      view="sectors"
      lead={st('lead')}
      params={params}
      unknown={(snapshot) => unknownHighlight(values.highlight, snapshot)}
      chart={(snapshot) => <Sectors snapshot={snapshot} params={params} />}
      table={(snapshot) => (
        <div className="sectors">
          <SectorsTables snapshot={snapshot} sort={values.sort} />
        </div>
      )}
    />
  );
}

/** `?highlight=` that is well-formed but names no sector or domain of this snapshot. */
function unknownHighlight(raw: string | undefined, snapshot: Snapshot) {
  const result = resolveHighlight(raw, snapshot);
  return result.status === 'unknown' ? [{ name: 'highlight', raw: result.raw }] : [];
}

/** The chart tab once the snapshot is in. */
function Sectors({ snapshot, params }: { snapshot: Snapshot; params: Params }) {
  const { values, update } = params;
  const result = resolveHighlight(values.highlight, snapshot);
  const highlighted = result.status === 'found' ? result.row : undefined;
  return (
    <div className="sectors">
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

import { useCallback, useMemo } from 'react';
import { useDrawnOption } from '../../charts/use-drawn-option';
import { viewRoute, type TabProps } from '../../charts/view-route';
import type { Snapshot } from '../../data/schema';
import { SectorsCharts } from './sectors-charts';
import { resolveHighlight } from './sectors-series';
import { SectorsTables } from './sectors-tables';
import { SectorsToolbar } from './sectors-toolbar';
import { SECTORS_PARAMS } from './sectors.params';
import { useSectorsText } from './sectors.text';
import './sectors.css';

type Props = TabProps<typeof SECTORS_PARAMS>;

export default viewRoute({
  view: 'sectors',
  params: SECTORS_PARAMS,
  text: useSectorsText,
  unknown: (snapshot, values) => unknownHighlight(values.highlight, snapshot),
  Chart: Sectors,
  Table: ({ snapshot, params }: Props) => (
    <div className="sectors">
      <SectorsTables snapshot={snapshot} sort={params.values.sort} />
    </div>
  ),
});

/** `?highlight=` that is well-formed but names no sector or domain of this snapshot. */
function unknownHighlight(raw: string | undefined, snapshot: Snapshot) {
  const result = resolveHighlight(raw, snapshot);
  return result.status === 'unknown' ? [{ name: 'highlight', raw: result.raw }] : [];
}

/** The chart tab once the snapshot is in. */
function Sectors({ snapshot, params }: Props) {
  const { values, update } = params;
  // The toolbar shows a choice at once; the charts follow it (charts/use-drawn-option.ts), so that the click
  // is answered in the next frame even when redrawing every bar takes longer (700 sectors at 100× the data).
  const chosen = useMemo(
    () => ({ measure: values.measure, sort: values.sort, highlight: values.highlight }),
    [values.measure, values.sort, values.highlight],
  );
  const { measure, sort, highlight } = useDrawnOption(chosen).drawn;
  const highlighted = useMemo(() => {
    const result = resolveHighlight(highlight, snapshot);
    return result.status === 'found' ? result.row : undefined;
  }, [highlight, snapshot]);
  const onToggle = useCallback(
    (key: string) => update({ highlight: highlight === key ? undefined : key }),
    [update, highlight],
  );
  return (
    <div className="sectors">
      <SectorsToolbar measure={values.measure} sort={values.sort} onChange={update} />
      <SectorsCharts
        snapshot={snapshot}
        measure={measure}
        sort={sort}
        highlighted={highlighted}
        onToggle={onToggle}
      />
    </div>
  );
}

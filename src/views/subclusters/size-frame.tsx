import { useMemo } from 'react';
import { kindsOf } from '../../charts/figure-kinds';
import { ChartFrame } from '../../charts/chart-frame';
import { usePalette } from '../../ui/palette';
import { QualifierLegend } from '../../charts/qualifier-legend';
import { SourceFootnote } from '../../charts/source-footnote';
import { useParentWidth } from '../../charts/use-parent-size';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { SizeBarsChart } from './size-bars-chart';
import { SizeScatterChart } from './size-scatter-chart';
import { CHART_KINDS, SORT_KEYS, SUBCLUSTERS_PARAMS, type SortKey } from './subclusters.params';
import type { ViewParams } from '../../lib/use-view-params';
import { memberThreshold, type SubclusterRow } from './subclusters-series';
import { useSubclustersText } from './subclusters.text';
import { SegmentedControl } from '../../charts/segmented-control';
import { Chip } from '../../ui/chip';
import { useCompareSnapshot } from '../../charts/use-compare-snapshot';
import { GhostLegend } from '../../charts/ghost-legend';
import { subclusterRows } from './subclusters-series';

interface Props {
  snapshot: Snapshot;
  /** Rows in the chosen order. */
  rows: SubclusterRow[];
  /** The highlighted sub-cluster, if `?highlight=` names one of the rows. */
  highlight: string | undefined;
  params: ViewParams<typeof SUBCLUSTERS_PARAMS>;
}

/** The size chart's frame: chart-kind and sort controls, the bars or the scatter, legend and sources. */
export function SizeFrame({ snapshot, rows, highlight, params }: Props) {
  const { chart, sort } = params.values;
  const { update } = params;
  const onToggle = (id: string) => update({ highlight: highlight === id ? undefined : id });
  const onClear = () => update({ highlight: undefined });
  const { t, i18n } = useTranslation();
  const v = useSubclustersText();
  const p = usePalette();
  const { ref, width } = useParentWidth<HTMLDivElement>();
  const threshold = memberThreshold(snapshot, i18n.language);
  const figures = rows.flatMap((r) => [r.participants, r.projects]);
  const highlighted = rows.find((r) => r.id === highlight);
  const { layer } = useCompareSnapshot();
  // Only the bars have a place for the other snapshot's sizes; the scatter shows this snapshot alone.
  const ghost = useMemo(
    () =>
      layer && chart === 'bars'
        ? new Map(
            subclusterRows(layer.snapshot, i18n.language).map((r) => [
              r.id,
              { participants: r.participants.value, projects: r.projects.value },
            ]),
          )
        : undefined,
    [layer, chart, i18n.language],
  );
  const chartProps = { rows, threshold, width, highlight, onToggle, snapshot, ghost };

  const controls = (
    <>
      <SegmentedControl
        className="subclusters-chips"
        label={v('chart.kind')}
        options={CHART_KINDS}
        pressed={(k) => chart === k}
        onChange={(next) => update({ chart: next })}
      >
        {(k) => v(`chart.${k}`)}
      </SegmentedControl>
      <label>
        {v('chart.sortBy')}
        <select value={sort} onChange={(e) => update({ sort: e.target.value as SortKey })}>
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {v(`chart.sort.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {highlighted && (
        <Chip
          onClick={onClear}
          aria-label={`${v('chart.clearHighlight')}: ${highlighted.name}`}
          title={highlighted.name}
        >
          {v('chart.clearHighlight')} <span aria-hidden="true">×</span>
        </Chip>
      )}
    </>
  );

  const legend = (
    <>
      <ul className="series-legend">
        <li>
          <Swatch colour={p.series[0] ?? p.accent} round={chart === 'scatter'} />
          {v('chart.participants')}
        </li>
        {chart === 'bars' && (
          <li>
            <Swatch colour={p.series[2] ?? p.accent} />
            {v('chart.projects')}
          </li>
        )}
        {threshold && (
          <li>
            <svg width="18" height="14" aria-hidden="true">
              <line x1="9" x2="9" y1="0" y2="14" stroke={p.text} strokeWidth="1.5" strokeDasharray="4 3" />
            </svg>
            {threshold.text}
          </li>
        )}
        {highlighted && (
          <li>
            <Swatch colour={p.highlight} round={chart === 'scatter'} />
            {v('chart.highlighted')}: {highlighted.name}
          </li>
        )}
      </ul>
      <QualifierLegend kinds={kindsOf(figures)} />
      {layer && ghost && <GhostLegend layer={layer} swatch="bar" />}
    </>
  );

  const citations = [...figures.flatMap((f) => f.sources), ...(threshold?.figure.sources ?? [])];
  return (
    <ChartFrame
      id="subclusters-size"
      items={snapshot.subclusters.items.length}
      title={v('chart.title')}
      subtitle={v(chart === 'bars' ? 'chart.barsSubtitle' : 'chart.scatterSubtitle')}
      controls={controls}
      legend={legend}
      footer={<SourceFootnote snapshot={snapshot} citations={citations} />}
      exportable={{
        name: 'subclusters-size',
        snapshot,
        items: () =>
          rows.flatMap((r) => [
            { label: t('figureLabel.subclusterParticipants', { name: r.name }), figure: r.participants },
            { label: t('figureLabel.subclusterProjects', { name: r.name }), figure: r.projects },
          ]),
      }}
    >
      <div ref={ref}>
        {chart === 'bars' ? <SizeBarsChart {...chartProps} /> : <SizeScatterChart {...chartProps} />}
      </div>
    </ChartFrame>
  );
}

function Swatch({ colour, round = false }: { colour: string; round?: boolean }) {
  return (
    <svg width="14" height="14" aria-hidden="true">
      {round ? (
        <circle cx="7" cy="7" r="6" fill={colour} />
      ) : (
        <rect x="1" y="2" width="12" height="10" rx="2" fill={colour} />
      )}
    </svg>
  );
}

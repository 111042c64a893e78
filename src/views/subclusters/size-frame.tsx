import { useMemo } from 'react';
import { useDrawnOption } from '../../charts/use-drawn-option';
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
  const { sort } = params.values;
  const { update } = params;
  // The chart-kind buttons answer at once; the bars or the 1,000-point scatter at 100x follow.
  const { drawn: chart, pending } = useDrawnOption(params.values.chart);
  const onClear = () => update({ highlight: undefined });
  const { t, i18n } = useTranslation();
  const v = useSubclustersText();
  const p = usePalette();
  const { ref, width } = useParentWidth<HTMLDivElement>();
  const threshold = useMemo(() => memberThreshold(snapshot, i18n.language), [snapshot, i18n.language]);
  const figures = useMemo(() => rows.flatMap((r) => [r.participants, r.projects]), [rows]);
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
  // Made again only when what it draws changes, so the render that answers a click leaves the chart as it is.
  const drawnChart = useMemo(() => {
    const onToggle = (id: string) => update({ highlight: highlight === id ? undefined : id });
    const chartProps = { rows, threshold, width, highlight, onToggle, snapshot, ghost };
    return chart === 'bars' ? <SizeBarsChart {...chartProps} /> : <SizeScatterChart {...chartProps} />;
  }, [chart, rows, threshold, width, highlight, update, snapshot, ghost]);

  const controls = (
    <>
      <SegmentedControl
        className="subclusters-chips"
        label={v('chart.kind')}
        options={CHART_KINDS}
        pressed={(k) => params.values.chart === k}
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

  const kinds = useMemo(() => kindsOf(figures), [figures]);
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
      <QualifierLegend kinds={kinds} />
      {layer && ghost && <GhostLegend layer={layer} swatch="bar" />}
    </>
  );

  // Made once per data: at 100x the footnote lists thousands of citations, and a click must not redraw it.
  const footer = useMemo(
    () => (
      <SourceFootnote
        snapshot={snapshot}
        citations={[...figures.flatMap((f) => f.sources), ...(threshold?.figure.sources ?? [])]}
      />
    ),
    [snapshot, figures, threshold],
  );
  return (
    <ChartFrame
      id="subclusters-size"
      sized
      items={snapshot.subclusters.items.length}
      pending={pending}
      title={v('chart.title')}
      subtitle={v(chart === 'bars' ? 'chart.barsSubtitle' : 'chart.scatterSubtitle')}
      controls={controls}
      legend={legend}
      footer={footer}
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
      <div ref={ref}>{drawnChart}</div>
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

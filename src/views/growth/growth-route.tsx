import { useCallback, useMemo, type MouseEvent } from 'react';
import { useDrawnOption } from '../../charts/use-drawn-option';
import { useHref, useNavigate } from 'react-router-dom';
import { useViewPath } from '../../lib/view-link';
import { ChartFrame } from '../../charts/chart-frame';
import { usePalette } from '../../ui/palette';
import { SourceFootnote } from '../../charts/source-footnote';
import { useParentWidth } from '../../charts/use-parent-size';
import { viewRoute, type TabProps } from '../../charts/view-route';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { GrowthChart } from './growth-chart';
import { GrowthControls } from './growth-controls';
import { pointLabel, useGrowthText } from './growth.text';
import { GrowthLegend, GrowthNote } from './growth-legend';
import { useGrowthModel, type GrowthModel, type Values } from './growth-model';
import { RatioPanel } from './growth-ratio';
import { citationsOf, extentDays } from './growth-series';
import { GrowthTables } from './growth-tables';
import { GROWTH_PARAMS } from './growth.params';
import { useCompareSnapshot } from '../../charts/use-compare-snapshot';
import { GhostLegend } from '../../charts/ghost-legend';
import { GrowthGhost } from './growth-ghost';
import { useGhostSeries } from './growth-ghost-series';
import './growth.css';

type Props = TabProps<typeof GROWTH_PARAMS>;

export default viewRoute({
  view: 'growth',
  params: GROWTH_PARAMS,
  text: useGrowthText,
  Chart: GrowthCharts,
  Table: GrowthTablesTab,
});

function GrowthTablesTab({ snapshot, params }: Props) {
  const { values } = params;
  const model = useGrowthModel(snapshot, values);
  return (
    <GrowthTables
      snapshot={snapshot}
      series={model.shown}
      window={model.window}
      ratio={model.ratio}
      basisInvalid={model.basisInvalid}
    />
  );
}

function GrowthCharts({ snapshot, params }: Props) {
  const { values, update } = params;
  const model = useGrowthModel(snapshot, values);
  const onBasis = useCallback((from: Values['from'], to: Values['to']) => update({ from, to }), [update]);
  return (
    <>
      <GrowthChartFrame snapshot={snapshot} values={values} update={update} model={model} />
      <RatioPanel
        snapshot={snapshot}
        series={model.every}
        ratio={model.ratio}
        invalid={model.basisInvalid}
        onBasis={onBasis}
      />
    </>
  );
}

interface FrameProps {
  snapshot: Snapshot;
  values: Values;
  update: (c: Partial<Values>) => void;
  model: GrowthModel;
}

function GrowthChartFrame({ snapshot, values, update, model }: FrameProps) {
  const { t, i18n } = useTranslation();
  const g = useGrowthText();
  const lang = i18n.language;
  const palette = usePalette();
  const { ref, width } = useParentWidth<HTMLDivElement>();
  const viewPath = useViewPath();
  const navigate = useNavigate();
  const timelinePath = viewPath('timeline');
  const timelineHref = useHref(timelinePath);
  const { extent } = model;
  // The controls show a choice at once; the chart, its legend, title and sources follow in a render React
  // may split (charts/use-drawn-option.ts), so a click is answered before 2,000 points are laid out again.
  const chosen = useMemo(
    () => ({ shown: model.shown, overlay: model.overlay, domain: model.domain, scale: values.scale }),
    [model.shown, model.overlay, model.domain, values.scale],
  );
  const { drawn, pending } = useDrawnOption(chosen);
  const { shown, overlay, domain, scale } = drawn;
  const { layer } = useCompareSnapshot();
  const ghost = useGhostSeries(layer, values.series, model.window);
  const year = (ms: number) => new Date(ms).getUTCFullYear();
  const yearSpan = (a: number, b: number) => (a === b ? String(a) : `${a}–${b}`);
  const items = () =>
    shown.flatMap((s) => s.points.map((p) => ({ label: pointLabel(s, p, lang, t), figure: p.figure })));
  const openTimeline = useCallback(
    (e: MouseEvent) => {
      e.preventDefault();
      void navigate(timelinePath);
    },
    [navigate, timelinePath],
  );
  // Made again only when what it draws changes, so the render that answers a click leaves the chart as it is.
  const chart = useMemo(
    () =>
      shown.length === 0 ? (
        <p className="growth-empty">{g('empty')}</p>
      ) : (
        <GrowthChart
          snapshot={snapshot}
          series={shown}
          overlay={overlay}
          domain={domain}
          scale={scale}
          width={width}
          timelineHref={timelineHref}
          onOpenTimeline={openTimeline}
          ghost={
            ghost.length > 0
              ? (scales) => <GrowthGhost series={ghost} {...scales} color={palette.muted} />
              : undefined
          }
        />
      ),
    [g, snapshot, shown, overlay, domain, scale, width, timelineHref, openTimeline, ghost, palette.muted],
  );

  // At 100x the sources list thousands of citations: made once per series drawn, not on every click.
  const footer = useMemo(
    () => (
      <>
        <SourceFootnote snapshot={snapshot} citations={citationsOf(shown)} />
        <GrowthNote note={snapshot.growth.note} />
      </>
    ),
    [snapshot, shown],
  );

  return (
    <ChartFrame
      id="growth-chart"
      sized
      pending={pending}
      items={snapshot.growth.series.reduce((n, s) => n + s.points.length, 0) + snapshot.events.length}
      title={g('title', { years: yearSpan(year(domain.start), year(domain.end - 1)) })}
      subtitle={g('subtitle')}
      exportable={{ name: 'growth-members', items, snapshot }}
      controls={
        <GrowthControls
          values={values}
          update={update}
          series={model.every}
          colors={palette.series}
          extent={extentDays(extent)}
        />
      }
      legend={
        <>
          <GrowthLegend
            series={shown}
            palette={palette}
            covid={(overlay?.groups.length ?? 0) > 0}
            events={(overlay?.markers.length ?? 0) > 0}
          />
          {layer && <GhostLegend layer={layer} />}
        </>
      }
      footer={footer}
    >
      <div ref={ref} className="growth-chart__measure">
        {chart}
      </div>
    </ChartFrame>
  );
}

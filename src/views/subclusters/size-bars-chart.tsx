import { Fragment, useId, useMemo, useRef } from 'react';
import { pinnedRows, rowDrawn, useScrollWindow } from '../../charts/use-scroll-window';
import { hatchId, kindPaint } from '../../charts/figure-kinds';
import { KindHatches } from '../../charts/kind-marks';
import { ChartTooltip } from '../../charts/chart-tooltip';
import { usePalette } from '../../ui/palette';
import { WrappedLines } from '../../charts/wrapped-lines';
import { useTranslation } from '../../i18n';
import { formatNumber, qualifierMark } from '../../i18n/format';
import { barsLayout, TOP } from './subclusters-layout';
import { SubclusterTip } from './subcluster-tip';
import { useSubclustersText } from './subclusters.text';
import { ThresholdMark } from './threshold-mark';
import { useSizeMarks, type SizeChartProps } from './use-size-marks';
import { AxisBottom, AxisTitle } from '../../charts/axes';
import { valueTicks } from '../../charts/value-ticks';
import { SizeGhosts } from './size-ghost';
import { useSizedChart } from '../../charts/pending-heights';

/** Participants as horizontal bars with the registration minimum, and each sub-cluster's projects alongside. */
export function SizeBarsChart(props: SizeChartProps) {
  const { rows, threshold, width, highlight, onToggle, snapshot, ghost } = props;
  const { i18n } = useTranslation();
  const v = useSubclustersText();
  const lang = i18n.language;
  const p = usePalette();
  const hatches = `${useId().replace(/[^a-zA-Z0-9-]/g, '')}-hatch`;
  const minimum = threshold?.figure.value ?? null;
  // Laid out once per data and size; hovering a bar re-renders without placing every bar again.
  const layout = useMemo(() => barsLayout(rows, width, minimum), [rows, width, minimum]);
  useSizedChart((w) => barsLayout(rows, w, minimum).height);
  const { active, tipId, markProps, tabStop } = useSizeMarks(highlight, onToggle, {
    mode: 'list',
    ids: layout.rows.map((r) => r.row.id),
  });
  // In a scroll box, only the bars near what it shows are drawn, and those the keyboard can reach next.
  const chartRef = useRef<HTMLDivElement>(null);
  const shown = useScrollWindow(chartRef);
  const pinned = useMemo(() => {
    const index = (id: string | null | undefined) => layout.rows.findIndex((r) => r.row.id === id);
    return pinnedRows(layout.rows.length, index(tabStop), index(highlight), index(active));
  }, [layout, tabStop, highlight, active]);
  const { participants: x, projects: xp, wide } = layout;
  const bottom = layout.height - 30;
  // Both axes run the chart's height with their numbers underneath.
  const axis = { top: TOP - 6, bottom, labelY: bottom + 16, width, stroke: p.grid, fill: p.muted };
  const label = (n: number) => formatNumber(n, lang);
  const activeRow = layout.rows.find((r) => r.row.id === active);

  return (
    <div className="subclusters-chart" data-sized ref={chartRef}>
      <svg
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        role="group"
        aria-label={v('chart.barsAria', { count: rows.length })}
        className="subclusters-svg"
      >
        <defs>
          <KindHatches
            prefix={hatches}
            colours={[p.series[0] ?? p.accent, p.series[2] ?? p.accent, p.highlight]}
          />
        </defs>
        <AxisTitle x={x(0)} y={14} fill={p.muted} anchor="start">
          {v('chart.participants')}
        </AxisTitle>
        <AxisTitle x={xp(0)} y={14} fill={p.muted} anchor="start">
          {v('chart.projects')}
        </AxisTitle>
        <AxisBottom {...axis} ticks={valueTicks(x, wide ? 6 : 4, label)} x={x} />
        <AxisBottom {...axis} ticks={valueTicks(xp, 3, label, { integers: true })} x={xp} />
        {layout.rows.map(({ row, y, height, lines, labelY, barY }, i) => {
          if (!rowDrawn(shown, y, height, i, pinned)) return null;
          const on = row.id === highlight;
          const partColour = on ? p.highlight : (p.series[0] ?? p.accent);
          const projColour = on ? p.highlight : (p.series[2] ?? p.accent);
          const ps = kindPaint(
            row.participants.qualifier.kind,
            partColour,
            p.background,
            hatchId(hatches, partColour),
          );
          const qs = kindPaint(
            row.projects.qualifier.kind,
            projColour,
            p.background,
            hatchId(hatches, projColour),
          );
          // The values are drawn beside the mark, not in it: the mark's name starts with its visible label (the
          // sub-cluster) and says the values in words; the bare numbers would not be part of that name.
          return (
            <Fragment key={row.id}>
              <g {...markProps(row)}>
                <rect
                  className="subclusters-mark__hit"
                  x={0}
                  y={y + 1}
                  width={width}
                  height={height - 2}
                  rx={4}
                  fill={on ? p.highlight : p.text}
                  fillOpacity={on ? 0.1 : active === row.id ? 0.05 : 0}
                />
                <text y={labelY} fill={p.text} fontSize={13} fontWeight={on ? 700 : 400}>
                  <WrappedLines lines={lines} x={0} lineHeight={16} />
                </text>
                <rect
                  x={x(0)}
                  y={barY}
                  width={Math.max(1, x(row.participants.value) - x(0))}
                  height={layout.barHeight}
                  {...ps}
                />
                <rect
                  x={xp(0)}
                  y={barY + 3}
                  width={Math.max(1, xp(row.projects.value) - xp(0))}
                  height={layout.barHeight - 6}
                  {...qs}
                />
              </g>
              <g aria-hidden="true" pointerEvents="none" className="subclusters-values">
                <text x={x(row.participants.value) + 5} y={barY + 12.5} fill={p.text} fontSize={12}>
                  {qualifierMark(row.participants.qualifier)}
                  {formatNumber(row.participants.value, lang)}
                </text>
                <text x={xp(row.projects.value) + 5} y={barY + 12.5} fill={p.text} fontSize={12}>
                  {qualifierMark(row.projects.qualifier)}
                  {formatNumber(row.projects.value, lang)}
                </text>
              </g>
            </Fragment>
          );
        })}
        {ghost && (
          <SizeGhosts
            rows={layout.rows.map((r) => ({ id: r.row.id, barY: r.barY }))}
            ghost={ghost}
            x={x}
            xp={xp}
            barHeight={layout.barHeight}
            color={p.muted}
          />
        )}
        {threshold && (
          <ThresholdMark
            x={x(threshold.figure.value)}
            top={22}
            bottom={bottom}
            minX={0}
            maxX={(x.range()[1] ?? width) + 30}
            threshold={threshold}
            segments={
              wide
                ? undefined
                : [
                    [22, TOP - 4],
                    ...layout.rows.map(({ barY }): [number, number] => [
                      barY - 4,
                      barY + layout.barHeight + 4,
                    ]),
                    [bottom - 6, bottom],
                  ]
            }
          />
        )}
      </svg>
      {activeRow && (
        <ChartTooltip
          id={tipId}
          // At the participants bar's end, above the row (below it when there is no room above).
          anchor={{ x: x(activeRow.row.participants.value), y: activeRow.y, height: activeRow.height }}
          gap={4}
        >
          <SubclusterTip row={activeRow.row} snapshot={snapshot} />
        </ChartTooltip>
      )}
    </div>
  );
}

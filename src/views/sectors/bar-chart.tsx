import { useCallback, useId, useMemo, useRef } from 'react';
import { pinnedRows, rowDrawn, useScrollWindow } from '../../charts/use-scroll-window';
import { ChartTooltip } from '../../charts/chart-tooltip';
import { kindPaint } from '../../charts/figure-kinds';
import { KindHatch } from '../../charts/kind-marks';
import { usePalette } from '../../ui/palette';
import { WrappedLines } from '../../charts/wrapped-lines';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { layoutBars, FONT_SIZE, type RowBox } from './sectors-layout';
import { TipBody } from './figure-details';
import { barValueText, useSectorsText } from './sectors.text';
import type { BarRow } from './sectors-series';
import { useBarMarks } from './use-bar-marks';
import { BarGhosts } from './sectors-ghost';
import { useSizedChart } from '../../charts/pending-heights';

interface BarChartProps {
  rows: readonly BarRow[];
  width: number;
  /** The highlighted row's key, when it is in this chart. */
  highlightKey: string | undefined;
  onToggle: (key: string) => void;
  title: string;
  desc: string;
  snapshot: Snapshot;
  /** Another snapshot's value of each bar by key (`?compare=`). */
  ghost?: ReadonlyMap<string, number>;
}

/** Horizontal bars with wrapped labels on the left (above the bar on phones) and value labels at bar ends. */
export function BarChart(props: BarChartProps) {
  const { rows, width, highlightKey, onToggle, title, desc, snapshot, ghost } = props;
  const { t, i18n } = useTranslation();
  const st = useSectorsText();
  const lang = i18n.language;
  const palette = usePalette();
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '');
  // Labels wrapped and bars placed once per data, language and width; a hover re-renders without it.
  const valueTexts = useMemo(
    () => rows.map((r) => (r.figure ? barValueText(r.figure, lang) : t('qualifier.notReported'))),
    [rows, lang, t],
  );
  const layoutAt = useCallback(
    (w: number) =>
      layoutBars(
        w,
        rows.map((r) => r.label[lang]),
        rows.map((r) => r.figure?.value ?? null),
        valueTexts,
      ),
    [rows, lang, valueTexts],
  );
  const layout = useMemo(() => layoutAt(width), [layoutAt, width]);
  useSizedChart((w) => layoutAt(w).height);
  const { tip, markProps, activeKey } = useBarMarks(rows, highlightKey, onToggle);
  // In a scroll box, only the bars near what it shows are drawn, and those the keyboard can reach next.
  const chartRef = useRef<HTMLDivElement>(null);
  const shown = useScrollWindow(chartRef);
  const pinned = useMemo(() => {
    const index = (key: string | null | undefined) => rows.findIndex((r) => r.key === key);
    return pinnedRows(rows.length, index(activeKey), index(highlightKey), tip ?? -1);
  }, [rows, activeKey, highlightKey, tip]);
  const hatch = { base: `${uid}-hatch`, highlight: `${uid}-hatch-hl` };
  const tipRow = tip === null ? undefined : rows[tip];
  const tipBox = tip === null ? undefined : layout.rows[tip];

  return (
    <div className="sectors-chart" data-sized style={{ height: layout.height }} ref={chartRef}>
      <svg
        width={width}
        height={layout.height}
        viewBox={`0 0 ${width} ${layout.height}`}
        role="group"
        aria-labelledby={`${uid}-title`}
        aria-describedby={`${uid}-desc`}
        className="sectors-chart__svg"
      >
        <title id={`${uid}-title`}>{title}</title>
        <desc id={`${uid}-desc`}>{desc}</desc>
        <defs>
          <KindHatch id={hatch.base} colour={palette.series[0] ?? palette.accent} />
          <KindHatch id={hatch.highlight} colour={palette.highlight} />
        </defs>
        {layout.mode === 'side' && (
          <line
            x1={layout.barX}
            x2={layout.barX}
            y1={0}
            y2={layout.height}
            stroke={palette.grid}
            aria-hidden="true"
          />
        )}
        {rows.map((row, i) => {
          const box = layout.rows[i] as RowBox;
          if (!rowDrawn(shown, box.y, box.height, i, pinned)) return null;
          const on = row.key === highlightKey;
          const muted = highlightKey !== undefined && !on;
          const colour = on ? palette.highlight : (palette.series[0] ?? palette.accent);
          const f = row.figure;
          const label = row.label[lang];
          // The name starts with what the bar shows (label, then value as written beside the bar), then says
          // what kind of figure it is in words.
          const kind = f && (f.unit !== 'percent' || f.qualifier.kind !== 'exact');
          const spoken = `${valueTexts[i] ?? ''}${f && kind ? ` (${t(`qualifier.${f.qualifier.kind}`)})` : ''}`;
          return (
            <g
              key={row.key}
              {...markProps(i)}
              role="button"
              aria-pressed={on}
              aria-label={`${label}: ${spoken}`}
              aria-describedby={tip === i ? `${uid}-tip` : undefined}
              className="sectors-bar"
              data-key={row.key}
              data-kind={f?.qualifier.kind ?? 'notReported'}
            >
              <rect
                className="sectors-bar__hit"
                x={0}
                y={box.y + 1}
                width={width}
                height={box.height - 2}
                rx={4}
              />
              <text
                x={layout.mode === 'side' ? layout.labelWidth : 0}
                y={box.labelY}
                textAnchor={layout.mode === 'side' ? 'end' : 'start'}
                fontSize={FONT_SIZE}
                fontWeight={on ? 700 : 400}
                fill={palette.text}
              >
                <WrappedLines
                  lines={box.lines}
                  x={layout.mode === 'side' ? layout.labelWidth : 0}
                  lineHeight={16}
                />
              </text>{' '}
              {f && (
                <rect
                  x={layout.barX}
                  y={box.barY}
                  width={box.barWidth}
                  height={box.barHeight}
                  opacity={muted ? 0.35 : 1}
                  {...kindPaint(
                    f.qualifier.kind,
                    colour,
                    palette.background,
                    on ? hatch.highlight : hatch.base,
                  )}
                />
              )}
              <text
                x={layout.barX + box.barWidth + 6}
                y={box.barY + box.barHeight / 2 + FONT_SIZE * 0.35}
                fontSize={FONT_SIZE}
                fontWeight={on ? 700 : 600}
                fontStyle={f ? undefined : 'italic'}
                fill={f ? palette.text : palette.muted}
              >
                {valueTexts[i]}
              </text>
            </g>
          );
        })}
        {ghost && (
          <BarGhosts
            rows={rows}
            boxes={layout.rows}
            barX={layout.barX}
            limit={width - 2}
            ghost={ghost}
            color={palette.muted}
          />
        )}
      </svg>
      {tipRow && tipBox && (
        <ChartTooltip
          id={`${uid}-tip`}
          // The bar (at least its start) across the row's height: the tooltip opens above or below the row.
          anchor={{ x: layout.barX, y: tipBox.y, width: Math.max(1, tipBox.barWidth), height: tipBox.height }}
          placement="top-start"
          gap={2}
        >
          <TipBody row={tipRow} snapshot={snapshot} />
          <span className="chart-tooltip__muted">{st('tip.select')}</span>
        </ChartTooltip>
      )}
    </div>
  );
}

import { useId, useMemo } from 'react';
import { ShowAllButton } from '../../charts/show-all-button';
import { useShowFirst } from '../../charts/show-first';
import { hatchId, kindPaint } from '../../charts/figure-kinds';
import { KindHatches } from '../../charts/kind-marks';
import { ChartTooltip } from '../../charts/chart-tooltip';
import { usePalette } from '../../ui/palette';
import { useTranslation } from '../../i18n';
import { formatFigure, formatNumber } from '../../i18n/format';
import { boxAnchor } from '../../charts/label-placement';
import { SCATTER_MARGIN, scatterLayout } from './subclusters-layout';
import { SubclusterTip } from './subcluster-tip';
import { useSubclustersText } from './subclusters.text';
import { ThresholdMark } from './threshold-mark';
import { useSizeMarks, type SizeChartProps } from './use-size-marks';
import { AxisBottom, AxisLeft, AxisTitle } from '../../charts/axes';
import { valueTicks } from '../../charts/value-ticks';

/** Key entries drawn until the reader asks for all: more than any shipped snapshot numbers (10 sub-clusters). */
export const FIRST_KEY_ENTRIES = 40;

/**
 * Size (participants, across) against innovation projects (up), one point per sub-cluster. On wide screens
 * points carry short names placed clear of each other; on phones, or when a name finds no room, points
 * are numbered and a key lists the full names.
 */
export function SizeScatterChart({ rows, threshold, width, highlight, onToggle, snapshot }: SizeChartProps) {
  const { t, i18n } = useTranslation();
  const v = useSubclustersText();
  const lang = i18n.language;
  const p = usePalette();
  const hatches = `${useId().replace(/[^a-zA-Z0-9-]/g, '')}-hatch`;
  const minimum = threshold?.figure.value ?? null;
  // Laid out (and numbered) once per data and size, not on every hover.
  const { wide, height, r, x, y, points, numbered } = useMemo(
    () => scatterLayout(rows, width, minimum),
    [rows, width, minimum],
  );
  const { active, tipId, markProps } = useSizeMarks(highlight, onToggle, {
    mode: 'spatial',
    ids: points.map((d) => d.row.id),
    points: points.map((d) => ({ x: d.cx, y: d.cy })),
  });
  const key = useShowFirst(points.length, FIRST_KEY_ENTRIES);
  // The highlighted sub-cluster keeps its entry when it lies past the first ones.
  const keyed = points.filter((d, i) => i < key.shown || d.row.id === highlight);
  const M = SCATTER_MARGIN;
  const activePoint = points.find((d) => d.row.id === active);

  return (
    <div className="subclusters-chart">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={v('chart.scatterAria', { count: rows.length })}
        className="subclusters-svg"
      >
        <defs>
          <KindHatches prefix={hatches} colours={[p.series[0] ?? p.accent, p.highlight]} />
        </defs>
        <AxisBottom
          ticks={valueTicks(x, wide ? 8 : 4, (v) => formatNumber(v, lang))}
          x={x}
          top={M.top - 6}
          bottom={height - M.bottom}
          labelY={height - M.bottom + 16}
          width={width}
          stroke={p.grid}
          fill={p.muted}
        />
        <AxisLeft
          ticks={valueTicks(y, 6, (v) => formatNumber(v, lang), { integers: true })}
          y={y}
          left={M.left}
          right={width - M.right}
          gap={8}
          stroke={p.grid}
          fill={p.muted}
        />
        <AxisTitle x={(M.left + width - M.right) / 2} y={height - 6} fill={p.muted}>
          {v('chart.participants')}
        </AxisTitle>
        <AxisTitle x={12} y={(M.top + height - M.bottom) / 2} fill={p.muted} rotate>
          {v('chart.projects')}
        </AxisTitle>
        {threshold && (
          <ThresholdMark
            x={x(threshold.figure.value)}
            top={8}
            bottom={height - M.bottom}
            minX={M.left}
            maxX={width - M.right}
            threshold={threshold}
          />
        )}
        {points.map(({ row, cx, cy, label, box }) => {
          const on = row.id === highlight;
          const kind =
            row.participants.qualifier.kind !== 'exact'
              ? row.participants.qualifier.kind
              : row.projects.qualifier.kind;
          const colour = on ? p.highlight : (p.series[0] ?? p.accent);
          const style = kindPaint(kind, colour, p.background, hatchId(hatches, colour));
          const anchor = box ? boxAnchor(box, cx, cy) : null;
          return (
            <g key={row.id} {...markProps(row, box ? label : undefined)}>
              {box?.leader && anchor && (
                <line x1={cx} y1={cy} x2={anchor.x} y2={anchor.y} stroke={p.muted} strokeWidth={1} />
              )}
              {/* A larger, invisible target so small points are easy to tap. */}
              <circle cx={cx} cy={cy} r={Math.max(r, 12)} fill="transparent" />
              <circle className="subclusters-mark__hit" cx={cx} cy={cy} r={on ? r + 3 : r} {...style} />
              {box && (
                <text
                  x={box.x + (numbered ? box.width / 2 : 0)}
                  y={box.y + 12}
                  textAnchor={numbered ? 'middle' : 'start'}
                  fill={p.text}
                  fontSize={12}
                  fontWeight={on || numbered ? 700 : 400}
                  stroke={p.background}
                  strokeWidth={3}
                  paintOrder="stroke"
                  strokeLinejoin="round"
                >
                  {label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      {activePoint && (
        <ChartTooltip
          id={tipId}
          anchor={{ x: activePoint.cx - r, y: activePoint.cy - r, width: 2 * r, height: 2 * r }}
          gap={10}
        >
          <SubclusterTip row={activePoint.row} snapshot={snapshot} />
        </ChartTooltip>
      )}
      {numbered && (
        <ol className="subclusters-key" aria-label={v('chart.key')}>
          {keyed.map(({ row, n }, i) => (
            <li
              key={row.id}
              value={n}
              className={row.id === highlight ? 'is-highlighted' : undefined}
              ref={i === FIRST_KEY_ENTRIES ? key.revealRef : undefined}
              tabIndex={i === FIRST_KEY_ENTRIES ? -1 : undefined}
            >
              <span className="subclusters-key__n" aria-hidden="true">
                {n}
              </span>
              <span>
                {row.name}{' '}
                <span className="subclusters-key__values">
                  (
                  {v('chart.keyValues', {
                    participants: formatFigure(row.participants, lang, t),
                    projects: formatFigure(row.projects, lang, t),
                  })}
                  )
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
      {numbered && (
        <ShowAllButton
          list={key}
          showAll={v('chart.keyShowAll', { count: formatNumber(points.length, lang) })}
          showFirst={v('chart.keyShowFirst', { count: formatNumber(FIRST_KEY_ENTRIES, lang) })}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import { qualifierMark } from '../../i18n/format';
import { MapPatterns } from './map-patterns';
import { rowStyle } from './map-styles';
import { ChartTooltip } from '../../charts/chart-tooltip';
import { RegionFacts } from './region-facts';
import { categoryLabel } from './regions.text';
import { useMapFocus, useMapMarks, type MapProps } from './use-map-marks';
import { maxOf } from '../../lib/extremes';

const MAX_TILE = 54;
/**
 * Tiles never shrink below this: on a phone the grid scrolls sideways instead, so that the codes of the
 * named regions stay readable.
 */
const MIN_TILE = 26;
/** Below this tile size only the regions the source names keep their code (others: tooltip). */
const MIN_LABELLED_TILE = 28;

/**
 * One equal tile per federal subject at its grid position. A single Tab stop, as on the geographic map
 * (`useMapFocus`): arrow keys move between tiles, Enter/Space selects, Escape clears; hover and focus show
 * the same tooltip.
 */
export function TileMap({ rows, width, snapshot, scale, selected, onSelect }: MapProps) {
  const { rt, lang, palette, partnerText, ids, tipId, tip, setTip } = useMapMarks();
  const [scrollLeft, setScrollLeft] = useState(0);

  const cols = maxOf(rows.map((r) => r.subject.tile.col)) + 1;
  const gridRows = maxOf(rows.map((r) => r.subject.tile.row)) + 1;
  const size = Math.max(MIN_TILE, Math.min(MAX_TILE, Math.floor(width / cols)));
  const gap = Math.max(1, Math.round(size * 0.07));
  const font = Math.max(9, Math.min(14, size * 0.32));
  const markProps = useMapFocus({
    marks: rows.map((r) => ({ code: r.code, x: r.subject.tile.col, y: r.subject.tile.row })),
    initial: selected ?? rows.find((r) => r.category === 'core')?.code,
    selected,
    onSelect,
    setTip,
  });
  // The selected tile is drawn last, so its outline is not covered by its neighbours.
  const ordered = [...rows.filter((r) => r.code !== selected), ...rows.filter((r) => r.code === selected)];
  const tipRow = rows.find((r) => r.code === tip);

  return (
    <div className="regions-map regions-map--tiles">
      <div className="regions-scroll" onScroll={(e) => setScrollLeft(e.currentTarget.scrollLeft)}>
        <svg
          width={cols * size}
          height={gridRows * size}
          role="group"
          aria-label={rt('map.ariaTiles', { count: rows.length })}
          className="regions-tiles"
        >
          <MapPatterns ids={ids} palette={palette} />
          {ordered.map((row) => {
            const style = rowStyle(row, palette, ids, scale);
            const x = row.subject.tile.col * size;
            const y = row.subject.tile.row * size;
            const isSelected = row.code === selected;
            const inset = gap / 2 + style.strokeWidth / 2;
            const labelled = size >= MIN_LABELLED_TILE || row.category !== 'other';
            const mark = row.partners ? qualifierMark(row.partners.qualifier) : '';
            return (
              <g
                key={row.code}
                className={`regions-tile regions-tile--${row.category}`}
                data-code={row.code}
                data-category={row.category}
                transform={`translate(${x},${y})`}
                role="button"
                {...markProps(row.code)}
                aria-pressed={isSelected}
                aria-label={`${row.short}: ${row.subject.name[lang]}, ${categoryLabel(rt, row.category)}${
                  row.category === 'home' ? '' : `; ${rt('tip.partners')}: ${partnerText(row)}`
                }`}
                aria-describedby={tip === row.code ? tipId : undefined}
              >
                <rect
                  x={inset}
                  y={inset}
                  width={size - 2 * inset}
                  height={size - 2 * inset}
                  rx={2}
                  fill={style.fill}
                  stroke={style.stroke}
                  strokeWidth={style.strokeWidth}
                  strokeDasharray={style.dash}
                />
                {isSelected && (
                  <rect
                    className="regions-tile__selected"
                    x={gap / 2}
                    y={gap / 2}
                    width={size - gap}
                    height={size - gap}
                    rx={3}
                    fill="none"
                    stroke={palette.text}
                    strokeWidth={3}
                  />
                )}
                {labelled && (
                  <text
                    x={size / 2}
                    y={size / 2}
                    dy="0.35em"
                    textAnchor="middle"
                    fontSize={font}
                    fontWeight={style.bold ? 700 : 400}
                    fill={style.text}
                    stroke={style.halo}
                    strokeWidth={row.category === 'named' && !scale ? 3 : 0}
                    paintOrder="stroke"
                    aria-hidden="true"
                  >
                    {row.short}
                  </text>
                )}
                {mark && size >= MIN_LABELLED_TILE && (
                  <text
                    x={size - gap - 2}
                    y={gap + font * 0.8}
                    textAnchor="end"
                    fontSize={font * 0.8}
                    fill={style.text}
                    aria-hidden="true"
                  >
                    {mark}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      {tipRow && (
        <ChartTooltip
          id={tipId}
          // The tile, where the grid's sideways scroll has put it.
          anchor={{
            x: tipRow.subject.tile.col * size - scrollLeft,
            y: tipRow.subject.tile.row * size,
            width: size,
            height: size,
          }}
          gap={4}
        >
          <RegionFacts row={tipRow} snapshot={snapshot} />
        </ChartTooltip>
      )}
    </div>
  );
}

import { geoPath, type GeoProjection } from 'd3-geo';
import { useMemo } from 'react';
import { ChartTooltip } from '../../charts/chart-tooltip';
import { stackLabels } from './regions-layout';
import { MapPatterns } from './map-patterns';
import { mix } from '../../charts/colour';
import { rowStyle } from './map-styles';
import { MarkerShape } from './marker-shape';
import { RegionFacts } from './region-facts';
import { categoryLabel } from './regions.text';
import type { SubjectRow } from './regions-series';
import { useMapFocus, useMapMarks, type MapProps } from './use-map-marks';
import type { RussiaOutline } from './use-russia-outline';
import { textWidth } from '../../charts/text-measure';
import { maxOf } from '../../lib/extremes';

/** `rows`: the subjects to mark, the regions the source names and Moscow. */
interface GeoMapProps extends MapProps {
  outline: RussiaOutline;
  project: (outline: RussiaOutline, width: number, height: number) => GeoProjection;
}

const PAD = 6;

/**
 * Russia's outline with a marker at each named region's administrative centre. The named regions cluster
 * around Moscow, so their labels stand in a column to the east, joined to the markers by leader lines;
 * each marker, line and label is one mark with the same tooltip on hover and focus. One Tab stop, as on the
 * tile map (`useMapFocus`): the arrow keys move to the nearest marker in that direction.
 */
export function GeoMap({ outline, rows, width, snapshot, scale, selected, onSelect, project }: GeoMapProps) {
  const { rt, lang, palette, partnerText, ids, tipId, tip, setTip } = useMapMarks();

  const { d, height, marks } = useMemo(() => {
    // First fit to a square to learn the outline's aspect ratio, then fit to the final size.
    const probe = geoPath(project(outline, width, width)).bounds(outline);
    const aspect = (probe[1][1] - probe[0][1]) / Math.max(1, probe[1][0] - probe[0][0]);
    const h = Math.round(width * Math.min(0.9, Math.max(0.35, aspect))) + 2 * PAD;
    const projection = project(outline, width, h);
    const points = rows.flatMap((row) => {
      const p = projection([row.subject.capital.lon, row.subject.capital.lat]);
      return p ? [{ row, x: p[0], y: p[1] }] : [];
    });
    return { d: geoPath(projection)(outline) ?? '', height: h, marks: points };
  }, [outline, rows, width, project]);

  const font = width < 520 ? 11 : 13;
  const r = width < 520 ? 4 : 5.5;
  const column = Math.max(maxOf(marks.map((m) => m.x)), 0) + Math.max(22, width * 0.06);
  const labelYs = stackLabels(
    marks.map((m) => ({ id: m.row.code, y: m.y })),
    { gap: font * 1.5, top: font + PAD, bottom: height - PAD - font / 2 },
  );
  const labelOf = (row: SubjectRow) => {
    const name = row.subject.name[lang];
    return column + textWidth(name, font, 600) < width - PAD ? name : row.short;
  };
  const ordered = [...marks].sort((a, b) => (labelYs.get(a.row.code) ?? 0) - (labelYs.get(b.row.code) ?? 0));
  const tipMark = marks.find((m) => m.row.code === tip);
  const markProps = useMapFocus({
    marks: marks.map((m) => ({ code: m.row.code, x: m.x, y: m.y })),
    initial: selected ?? rows.find((row) => row.category === 'core')?.code,
    selected,
    onSelect,
    setTip,
  });

  return (
    <div className="regions-map regions-map--geo">
      <svg width={width} height={height} role="group" aria-label={rt('map.ariaGeo', { count: rows.length })}>
        <MapPatterns ids={ids} palette={palette} />
        <path
          className="regions-outline"
          d={d}
          fill={mix(palette.background, palette.grid, 0.5)}
          stroke={palette.muted}
          strokeWidth={0.6}
          aria-hidden="true"
        />
        {ordered.map(({ row, x, y }) => {
          const style = rowStyle(row, palette, ids, scale);
          const ly = labelYs.get(row.code) ?? y;
          const isSelected = row.code === selected;
          const label = labelOf(row);
          return (
            <g
              key={row.code}
              className={`regions-marker regions-marker--${row.category}`}
              data-code={row.code}
              role="button"
              {...markProps(row.code)}
              aria-pressed={isSelected}
              aria-label={`${label === row.short ? `${row.short}: ${row.subject.name[lang]},` : `${label} (${row.short}):`} ${categoryLabel(rt, row.category)}${
                row.category === 'home' ? '' : `; ${rt('tip.partners')}: ${partnerText(row)}`
              }`}
              aria-describedby={tip === row.code ? tipId : undefined}
            >
              <polyline
                points={`${x},${y} ${column - 12},${ly} ${column - 4},${ly}`}
                fill="none"
                stroke={isSelected ? palette.text : palette.muted}
                strokeWidth={isSelected ? 1.6 : 0.8}
              />
              <MarkerShape category={row.category} style={style} x={x} y={y} r={r} />
              {isSelected && (
                <circle cx={x} cy={y} r={r + 3.5} fill="none" stroke={palette.text} strokeWidth={2} />
              )}
              <text
                x={column}
                y={ly}
                dy="0.35em"
                fontSize={font}
                fontWeight={isSelected || row.category !== 'other' ? 600 : 400}
                fill={palette.text}
                stroke={palette.background}
                strokeWidth={3}
                paintOrder="stroke"
                textDecoration={isSelected ? 'underline' : undefined}
              >
                {label}
              </text>
              {/* A generous hit area over the label, so the small markers are easy to point at. */}
              <rect
                x={column - 14}
                y={ly - font}
                width={textWidth(label, font, 600) + 16}
                height={font * 2}
                fill="transparent"
              />
            </g>
          );
        })}
      </svg>
      {tipMark && (
        <ChartTooltip
          id={tipId}
          anchor={{ x: tipMark.x - r, y: tipMark.y - r, width: 2 * r, height: 2 * r }}
          gap={8}
        >
          <RegionFacts row={tipMark.row} snapshot={snapshot} />
        </ChartTooltip>
      )}
    </div>
  );
}

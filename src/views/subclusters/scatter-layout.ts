/**
 * Geometry of the size/projects scatter for a given width. The x axis starts just below the smallest of
 * the sizes and the threshold (a scatter compares positions, not lengths), which spreads the crowded
 * 32–57 range. Wide screens label points with short names; phones, or a wide chart where a name finds no
 * room, label them with numbers that a key below the chart spells out.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { placeLabels, type PlacedLabel } from '../../charts/label-placement';
import { shortName, type SubclusterRow } from './subclusters-series';
import { textWidth } from '../../charts/text-measure';

export const SCATTER_MARGIN = { left: 44, right: 14, top: 48, bottom: 46 };

export interface ScatterPoint {
  row: SubclusterRow;
  /** 1-based position in the current sort order: the number in the key. */
  n: number;
  cx: number;
  cy: number;
  label: string;
  box: PlacedLabel | null;
}

export interface ScatterLayout {
  wide: boolean;
  height: number;
  r: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  points: ScatterPoint[];
  /** True when points carry numbers and the key is shown. */
  numbered: boolean;
}

export function scatterLayout(
  rows: readonly SubclusterRow[],
  width: number,
  thresholdValue: number | null,
): ScatterLayout {
  const M = SCATTER_MARGIN;
  const wide = width >= 600;
  const height = wide ? 420 : 340;
  const r = wide ? 7 : 5;
  const sizes = rows.map((d) => d.participants.value);
  const low = Math.max(0, Math.min(thresholdValue ?? Infinity, ...sizes) - 3);
  const x = scaleLinear()
    .domain([Number.isFinite(low) ? low : 0, Math.max(thresholdValue ?? 0, ...sizes, 1)])
    .nice()
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, Math.max(...rows.map((d) => d.projects.value), 1)])
    .nice()
    .range([height - M.bottom, M.top]);
  const bounds = {
    x: M.left,
    y: M.top - 6,
    width: width - M.left - M.right,
    height: height - M.top - M.bottom + 6,
  };
  const base = rows.map((row, i) => ({
    row,
    n: i + 1,
    cx: x(row.participants.value),
    cy: y(row.projects.value),
  }));
  const place = (labels: string[], size: (label: string) => number) =>
    placeLabels(
      base.map(({ cx, cy }, i) => ({ x: cx, y: cy, r, width: size(labels[i] ?? ''), height: 16 })),
      bounds,
    );

  const names = base.map(({ row }) => shortName(row.name));
  const named = wide ? place(names, (l) => textWidth(l, 12, 700)) : null;
  if (named && named.every((b) => b !== null))
    return {
      wide,
      height,
      r,
      x,
      y,
      numbered: false,
      points: base.map((p, i) => ({ ...p, label: names[i] ?? '', box: named[i] ?? null })),
    };

  const numbers = base.map(({ n }) => String(n));
  const boxes = place(numbers, (l) => l.length * 8 + 4);
  return {
    wide,
    height,
    r,
    x,
    y,
    numbered: true,
    points: base.map((p, i) => ({ ...p, label: numbers[i] ?? '', box: boxes[i] ?? null })),
  };
}

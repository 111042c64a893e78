/**
 * Geometry of the sub-cluster charts for a given width. Bars: where the labels, the participants bars and
 * the projects column go, and how each name wraps. Scatter: the plot's scales and where each point's label
 * fits. Pure, so the layout is tested without a DOM.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { wrapLines } from '../../lib/text-wrap';
import type { GridOrientation } from '../../charts/roving-navigation';
import { textWidth } from '../../charts/text-measure';
import { placeAllLabels, placeLabels, type PlacedLabel } from '../../charts/label-placement';
import { shortName, type FieldGroup, type SubclusterRow } from './subclusters-series';
import { maxOf, minOf } from '../../lib/extremes';

export const LINE_HEIGHT = 16;
const BAR_HEIGHT = 16;
export const TOP = 56;
export const BOTTOM = 30;

export interface BarRowLayout {
  row: SubclusterRow;
  y: number;
  height: number;
  lines: string[];
  /** Baseline of the first label line. */
  labelY: number;
  barY: number;
}

export interface BarsLayout {
  wide: boolean;
  height: number;
  labelWidth: number;
  participants: ScaleLinear<number, number>;
  projects: ScaleLinear<number, number>;
  rows: BarRowLayout[];
  barHeight: number;
}

export function barsLayout(
  rows: readonly SubclusterRow[],
  width: number,
  thresholdValue: number | null,
): BarsLayout {
  const wide = width >= 600;
  const gap = 16;
  const labelWidth = wide ? Math.min(340, Math.max(170, width * 0.32)) : width;
  const projWidth = wide ? Math.min(170, Math.max(90, width * 0.18)) : Math.max(80, width * 0.3);
  const partX0 = wide ? labelWidth + gap : 0;
  const partX1 = width - projWidth - gap;
  const maxParticipants = Math.max(thresholdValue ?? 0, maxOf(rows.map((r) => r.participants.value)), 1);
  const maxProjects = Math.max(maxOf(rows.map((r) => r.projects.value)), 1);
  // Room after each bar for its value label.
  const participants = scaleLinear()
    .domain([0, maxParticipants])
    .nice()
    .range([partX0, partX1 - 30]);
  const projects = scaleLinear()
    .domain([0, maxProjects])
    .nice()
    .range([partX1 + gap, width - 26]);

  let y = TOP;
  const laidOut = rows.map((row) => {
    // Measured bold: a highlighted row's label must fit without re-wrapping.
    const lines = wrapLines(row.name, labelWidth, wide ? 2 : 3, (text) => textWidth(text, 13, 700));
    const height = wide
      ? Math.max(36, lines.length * LINE_HEIGHT + 8)
      : lines.length * LINE_HEIGHT + BAR_HEIGHT + 16;
    const labelBlock = lines.length * LINE_HEIGHT;
    const item: BarRowLayout = wide
      ? {
          row,
          y,
          height,
          lines,
          labelY: y + (height - labelBlock) / 2 + 12,
          barY: y + (height - BAR_HEIGHT) / 2,
        }
      : { row, y, height, lines, labelY: y + 14, barY: y + labelBlock + 6 };
    y += height;
    return item;
  });
  return {
    wide,
    height: y + BOTTOM,
    labelWidth,
    participants,
    projects,
    rows: laidOut,
    barHeight: BAR_HEIGHT,
  };
}

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
  points: ScatterPoint[];
  /** Point radius. */
  r: number;
  /** True when points carry numbers and the key is shown. */
  numbered: boolean;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  wide: boolean;
  height: number;
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
  const low = Math.max(0, Math.min(thresholdValue ?? Infinity, minOf(sizes)) - 3);
  const x = scaleLinear()
    .domain([Number.isFinite(low) ? low : 0, Math.max(thresholdValue ?? 0, maxOf(sizes), 1)])
    .nice()
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, Math.max(maxOf(rows.map((d) => d.projects.value)), 1)])
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
  const requests = (labels: string[], size: (label: string) => number) =>
    base.map(({ cx, cy }, i) => ({ x: cx, y: cy, r, width: size(labels[i] ?? ''), height: 16 }));

  const names = base.map(({ row }) => shortName(row.name));
  // Names only when every one finds room; else numbers and a key for all, so no point goes unnamed.
  const named = wide
    ? placeAllLabels(
        requests(names, (l) => textWidth(l, 12, 700)),
        bounds,
      )
    : null;
  if (named)
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
  const boxes = placeLabels(
    requests(numbers, (l) => textWidth(l, 12, 700) + 4),
    bounds,
  );
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

/** Cell padding and the gap between columns of the priority-field grid, in pixels. */
const CELL_CHROME = 28;

/**
 * Columns (one per count, like the presentation's table) when the longest single word of any field fits a
 * column, else rows of wrapping cells: browsers do not hyphenate every language, and a word broken mid-way
 * ("природопользован-ие") reads badly.
 */
export function gridOrientation(groups: readonly FieldGroup[], width: number): GridOrientation {
  if (groups.length === 0) return 'rows';
  const words = groups.flatMap((g) => g.fields.flatMap((f) => f.label.split(/[\s-]+/)));
  const longest = Math.max(0, maxOf(words.map((w) => textWidth(w, 13.6))));
  return width / groups.length >= longest + CELL_CHROME ? 'columns' : 'rows';
}

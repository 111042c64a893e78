/**
 * Geometry of the participants/projects bar chart for a given width: where the labels, the participants
 * bars and the projects column go, and how each name wraps. Pure, so the layout is tested without a DOM.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { wrapLines } from '../../lib/text-wrap';
import type { SubclusterRow } from './subclusters-series';
import { textWidth } from '../../charts/text-measure';

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
  const maxParticipants = Math.max(thresholdValue ?? 0, ...rows.map((r) => r.participants.value), 1);
  const maxProjects = Math.max(...rows.map((r) => r.projects.value), 1);
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

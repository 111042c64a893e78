/**
 * Geometry of a horizontal bar chart whose labels wrap. SVG cannot wrap text, so labels are broken by their
 * measured width (charts/text-measure.ts: the shipped font in the browser, a wide estimate in tests).
 * Pure, so the no-overlap rules are unit-tested.
 */
import { textWidth } from '../../charts/text-measure';
import { wrapWords } from '../../lib/text-wrap';
import type { Palette } from '../../ui/palette';
import type { BarRow } from './sectors-series';
import { maxOf } from '../../lib/extremes';

export const FONT_SIZE = 13;
const LINE = 16;
/** Below this width labels go above their bars, so that long Russian labels keep the full width. */
export const STACK_BELOW = 440;

export interface RowBox {
  /** Top of the row. */
  y: number;
  height: number;
  lines: string[];
  /** Baseline of the first label line. */
  labelY: number;
  barY: number;
  barHeight: number;
  barWidth: number;
}

export interface BarLayout {
  mode: 'side' | 'stacked';
  width: number;
  height: number;
  labelWidth: number;
  /** Where bars start. */
  barX: number;
  barMax: number;
  rows: RowBox[];
}

/** Width of a value label such as "= 7,584", measured bold as a highlighted bar draws it, plus its gap. */
export const valueWidth = (text: string) => textWidth(text, FONT_SIZE, 700) + 8;

/**
 * Rows of `values` (null: not reported) with `labels` and value labels `valueTexts`, fitted into `width`.
 * Side by side from STACK_BELOW up, label above bar below it.
 */
export function layoutBars(
  width: number,
  labels: readonly string[],
  values: readonly (number | null)[],
  valueTexts: readonly string[],
): BarLayout {
  const mode = width < STACK_BELOW ? 'stacked' : 'side';
  const valueSpace = Math.max(40, maxOf(valueTexts.map(valueWidth)));
  const labelWidth = mode === 'side' ? Math.round(Math.min(240, Math.max(110, width * 0.32))) : width;
  const barX = mode === 'side' ? labelWidth + 12 : 0;
  const barMax = Math.max(20, width - barX - valueSpace);
  const max = Math.max(0, maxOf(values.map((v) => v ?? 0))) || 1;
  let y = 0;
  const rows = labels.map((label, i) => {
    // Measured bold: a highlighted bar's label must fit without re-wrapping.
    const lines = wrapWords(label, labelWidth, {
      cutLongWords: true,
      measure: (text) => textWidth(text, FONT_SIZE, 700),
    });
    const value = values[i] ?? 0;
    const barWidth = Math.max(value > 0 ? 2 : 0, (value / max) * barMax);
    let box: RowBox;
    if (mode === 'side') {
      const height = Math.max(34, lines.length * LINE + 12);
      box = {
        y,
        height,
        lines,
        labelY: y + height / 2 - ((lines.length - 1) * LINE) / 2 + FONT_SIZE * 0.35,
        barY: y + (height - 22) / 2,
        barHeight: 22,
        barWidth,
      };
    } else {
      const textHeight = lines.length * LINE;
      const height = textHeight + 4 + 20 + 12;
      box = { y, height, lines, labelY: y + FONT_SIZE, barY: y + textHeight + 4, barHeight: 20, barWidth };
    }
    y += box.height;
    return box;
  });
  return { mode, width, height: y, labelWidth, barX, barMax, rows };
}

/** Series colours by the sector's place on the slide, skipping the highlight orange (series 2). */
const COLOUR_ORDER = [0, 2, 3, 4, 5, 7, 6, 1];
export function sectorColour(palette: Palette, sourceIndex: number): string {
  const slot = COLOUR_ORDER[sourceIndex % COLOUR_ORDER.length] ?? 0;
  return palette.series[slot] ?? palette.accent;
}

/** The most sectors the strip's key names; past it, the rest are named at their bars below. */
export const STRIP_LEGEND_MAX = 16;

/**
 * The sectors the strip's key names: all of them up to STRIP_LEGEND_MAX, else the first in the strip's order
 * (largest first, unless sorted as on the slide) and the highlighted one. A key of hundreds of entries filled
 * the chart's box, and the bars under it, which name every sector with its value, had a line left to scroll in.
 */
export function legendEntries(rows: readonly BarRow[], highlightKey: string | undefined): readonly BarRow[] {
  if (rows.length <= STRIP_LEGEND_MAX) return rows;
  const first = rows.slice(0, STRIP_LEGEND_MAX - 1);
  const highlighted = rows.find((r) => r.key === highlightKey);
  return highlighted && !first.includes(highlighted) ? [...first.slice(0, -1), highlighted] : first;
}

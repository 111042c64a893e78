/**
 * Geometry of a horizontal bar chart whose labels wrap. SVG cannot wrap text and jsdom cannot measure it,
 * so widths are estimated from character counts with a generous average glyph width (Cyrillic is wide).
 * Pure, so the no-overlap rules are unit-tested.
 */
import { wrapWords } from '../../lib/text-wrap';
import type { Palette } from '../../ui/palette';

export const FONT_SIZE = 13;
const LINE = 16;
/** Average advance of a glyph at 13px, rounded up so that estimated lines never run over. */
const CHAR = FONT_SIZE * 0.6;
const DIGIT = FONT_SIZE * 0.62;
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

/** Estimated width of a value label such as "= 7,584". */
export const valueWidth = (text: string) => Math.ceil(text.length * DIGIT) + 8;

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
  const valueSpace = Math.max(40, ...valueTexts.map(valueWidth));
  const labelWidth = mode === 'side' ? Math.round(Math.min(240, Math.max(110, width * 0.32))) : width;
  const barX = mode === 'side' ? labelWidth + 12 : 0;
  const barMax = Math.max(20, width - barX - valueSpace);
  const max = Math.max(0, ...values.map((v) => v ?? 0)) || 1;
  const maxChars = Math.floor(labelWidth / CHAR);
  let y = 0;
  const rows = labels.map((label, i) => {
    const lines = wrapWords(label, maxChars, { cutLongWords: true });
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

/**
 * Word wrapping for SVG text, which does not wrap by itself: charts, their labels and the downloaded
 * pictures all break lines here. `max` is a budget in the caller's `measure`: characters by default, or pixels
 * with the kit's text measure (charts/text-measure.ts).
 */

/** How long a text is: its characters, or its width in px. */
export type Measure = (text: string) => number;
const chars: Measure = (text) => text.length;

/** The longest start of `word` that fits `limit` with a hyphen after it (at least 1 character). */
function cutToFit(word: string, limit: number, measure: Measure): number {
  let n = word.length - 1;
  while (n > 1 && measure(`${word.slice(0, n)}-`) > limit) n -= 1;
  return Math.max(1, n);
}

/**
 * Splits text into lines of at most `max` (characters, or what `measure` counts) at spaces. With
 * `cutLongWords`, a word longer than a line is cut with a hyphen (narrow bar labels); without, it stands alone
 * on a longer line.
 */
export function wrapWords(
  text: string,
  max: number,
  { cutLongWords = false, measure = chars }: { cutLongWords?: boolean; measure?: Measure } = {},
): string[] {
  const limit = cutLongWords && measure === chars ? Math.max(4, max) : max;
  const lines: string[] = [];
  let line = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (cutLongWords && measure(word) > limit && word.length > 1) {
      if (line) lines.push(line);
      line = '';
      const n = cutToFit(word, limit, measure);
      lines.push(`${word.slice(0, n)}-`);
      word = word.slice(n);
    }
    if (line && measure(`${line} ${word}`) > limit) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The text cut at a word boundary to at most `max`, ending with an ellipsis when cut. */
export function truncateWords(text: string, max: number, measure: Measure = chars): string {
  if (measure(text) <= max) return text;
  let out = '';
  for (const word of text.split(/\s+/)) {
    const next = out ? `${out} ${word}` : word;
    if (measure(`${next}…`) > max) break;
    out = next;
  }
  return `${out || text.slice(0, cutToFit(text, max, measure))}…`;
}

/**
 * At most `maxLines` lines of about `max` (characters, or what `measure` counts). A text that does not fit ends
 * with an ellipsis; charts give the full text in their tooltip.
 */
export function wrapLines(text: string, max: number, maxLines: number, measure: Measure = chars): string[] {
  const lines = wrapWords(text, max, { measure });
  if (lines.length <= maxLines)
    return lines.map((l) => (measure(l) > max ? truncateWords(l, max, measure) : l));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = truncateWords(`${last} ${lines[maxLines] ?? ''}`, max, measure);
  if (!kept[maxLines - 1]?.endsWith('…')) kept[maxLines - 1] = `${last}…`;
  return kept;
}

/**
 * Word wrapping for SVG text, which does not wrap by itself: charts, their labels and the downloaded
 * pictures all break lines here, by a character budget the caller derives from the space it has.
 */

/**
 * Splits text into lines of at most `max` characters at spaces. With `cutLongWords`, a word longer than a
 * line is cut with a hyphen (narrow bar labels); without, it stands alone on a longer line.
 */
export function wrapWords(text: string, max: number, { cutLongWords = false } = {}): string[] {
  const limit = cutLongWords ? Math.max(4, max) : max;
  const lines: string[] = [];
  let line = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (cutLongWords && word.length > limit) {
      if (line) lines.push(line);
      line = '';
      lines.push(`${word.slice(0, limit - 1)}-`);
      word = word.slice(limit - 1);
    }
    if (line && `${line} ${word}`.length > limit) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The text cut at a word boundary to at most `max` characters, ending with an ellipsis when cut. */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const word of text.split(/\s+/)) {
    const next = out ? `${out} ${word}` : word;
    if (next.length + 1 > max) break;
    out = next;
  }
  return `${out || text.slice(0, max - 1)}…`;
}

/**
 * At most `maxLines` lines of about `maxChars` characters. A text that does not fit ends with an ellipsis;
 * charts give the full text in their tooltip.
 */
export function wrapLines(text: string, maxChars: number, maxLines: number): string[] {
  const lines = wrapWords(text, maxChars);
  if (lines.length <= maxLines)
    return lines.map((l) => (l.length > maxChars ? truncateWords(l, maxChars) : l));
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = truncateWords(`${last} ${lines[maxLines] ?? ''}`, maxChars);
  if (!kept[maxLines - 1]?.endsWith('…')) kept[maxLines - 1] = `${last}…`;
  return kept;
}

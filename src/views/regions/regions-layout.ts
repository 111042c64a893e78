/** Pure geometry for the geographic map: callout labels. (Arrow-key moves are the chart kit's `roving-navigation`.) */

/**
 * Vertical positions for a column of callout labels: each label as near its anchor's y as it can be,
 * at least `gap` apart, kept within [top, bottom]. Returns the label y for each anchor id.
 */
export function stackLabels(
  anchors: readonly { id: string; y: number }[],
  { gap, top, bottom }: { gap: number; top: number; bottom: number },
): Map<string, number> {
  const sorted = [...anchors].sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1));
  const ys = sorted.map((a) => a.y);
  // Push down past the previous label, then pull back up from the bottom edge.
  for (let i = 0; i < ys.length; i++) ys[i] = Math.max(ys[i]!, top, i > 0 ? ys[i - 1]! + gap : top);
  for (let i = ys.length - 1; i >= 0; i--)
    ys[i] = Math.min(ys[i]!, i < ys.length - 1 ? ys[i + 1]! - gap : bottom);
  return new Map(sorted.map((a, i) => [a.id, ys[i]!]));
}

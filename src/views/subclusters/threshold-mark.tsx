import { usePalette } from '../../ui/palette';
import type { Threshold } from './subclusters-series';
import { useFigureWords, useSubclustersText } from './subclusters.text';
import { textWidth } from '../../charts/text-measure';

/**
 * The registration minimum as a dashed vertical line with a two-line label ("Registration minimum /
 * 30 organisations") on whichever side of the line has room. The rule's wording is its <title>.
 */
export function ThresholdMark({
  x,
  top,
  bottom,
  minX,
  maxX,
  threshold,
  segments,
}: {
  x: number;
  top: number;
  bottom: number;
  minX: number;
  maxX: number;
  threshold: Threshold;
  /** Vertical spans to draw the line over (the bar bands on a phone, where labels sit between them). */
  segments?: [number, number][];
}) {
  const p = usePalette();
  const v = useSubclustersText();
  const words = useFigureWords();
  const line1 = v('chart.thresholdTitle');
  const line2 = words(threshold.figure);
  const w = Math.max(textWidth(line1, 12, 600), textWidth(line2, 12));
  const right = x + 5 + w <= maxX || x - 5 - w < minX;
  const tx = right ? x + 5 : x - 5;
  const halo = {
    stroke: p.background,
    strokeWidth: 4,
    paintOrder: 'stroke' as const,
    strokeLinejoin: 'round' as const,
  };
  return (
    <g className="subclusters-threshold">
      <title>{threshold.text}</title>
      {(segments ?? [[top, bottom]]).map(([y1, y2]) => (
        <line
          key={y1}
          x1={x}
          x2={x}
          y1={y1}
          y2={y2}
          stroke={p.text}
          strokeWidth={1.5}
          strokeDasharray="5 4"
        />
      ))}
      <text
        x={tx}
        y={top + 10}
        textAnchor={right ? 'start' : 'end'}
        fill={p.text}
        fontSize={12}
        fontWeight={600}
        {...halo}
      >
        {line1}
      </text>
      <text x={tx} y={top + 24} textAnchor={right ? 'start' : 'end'} fill={p.text} fontSize={12} {...halo}>
        {line2}
      </text>
    </g>
  );
}

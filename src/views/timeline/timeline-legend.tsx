import { usePalette } from '../../ui/palette';
import type { MarkKind } from './timeline-series';
import { useTimelineText } from './timeline.text';

/** Explains the marks on screen (only the kinds present), drawn with the same shapes as the chart. */
export function TimelineLegend({ kinds }: { kinds: readonly MarkKind[] }) {
  const tt = useTimelineText();
  const palette = usePalette();
  const c = palette.muted;
  if (kinds.length === 0) return null;
  return (
    <ul className="qualifier-legend timeline-legend" aria-label={tt('legendLabel')}>
      {kinds.map((kind) => (
        <li key={kind}>
          <svg width="30" height="16" aria-hidden="true">
            <Swatch kind={kind} colour={c} background={palette.background} />
          </svg>
          {tt(`legend.${kind}`)}
        </li>
      ))}
    </ul>
  );
}

/** A known period as the timeline draws it: a light fill inside a solid outline. */
function PeriodBox({ width, colour }: { width: number; colour: string }) {
  return (
    <rect
      x={2}
      y={1}
      width={width}
      height={14}
      fill={colour}
      fillOpacity={0.3}
      stroke={colour}
      strokeWidth={1.5}
    />
  );
}

function Swatch({ kind, colour, background }: { kind: MarkKind; colour: string; background: string }) {
  switch (kind) {
    case 'day':
      return <circle cx={15} cy={8} r={5} fill={colour} stroke={background} strokeWidth={1.5} />;
    case 'period':
      return <PeriodBox width={26} colour={colour} />;
    case 'fuzzy':
      return (
        <>
          <defs>
            <linearGradient id="tl-legend-fade">
              <stop offset="0" stopColor={colour} stopOpacity={0.3} />
              <stop offset="1" stopColor={colour} stopOpacity={0.02} />
            </linearGradient>
          </defs>
          <PeriodBox width={12} colour={colour} />
          <rect x={14} y={1} width={15} height={14} fill="url(#tl-legend-fade)" />
        </>
      );
    case 'band':
      return (
        <>
          <rect x={3} y={3} width={24} height={10} fill={colour} fillOpacity={0.2} />
          <path d="M3,2V14M3,8H27M27,2V14" stroke={colour} strokeWidth={2} fill="none" />
        </>
      );
    case 'approximate':
      return (
        <>
          <rect x={3} y={3} width={24} height={10} fill={colour} fillOpacity={0.1} />
          <path
            d="M3,2V14M3,8H27M27,2V14"
            stroke={colour}
            strokeWidth={2}
            strokeDasharray="4 3"
            fill="none"
          />
        </>
      );
  }
}

import { useTranslation } from '../../i18n';
import { textWidth } from '../../charts/text-measure';
import { GEOMETRY, type LaneLayout } from './timeline-layout';
import { useTimelineText } from './timeline.text';

/**
 * A lane's tinted background with its name above the marks (not in a left gutter, so phones keep the
 * width), and how many of its events lie before or after the window.
 */
export function LaneHead({ lane, width, colour }: { lane: LaneLayout; width: number; colour: string }) {
  const { t } = useTranslation();
  const tt = useTimelineText();
  const name = t(`events.category.${lane.category}`);
  const outside = [
    lane.before > 0 ? tt('earlierCount', { count: lane.before }) : '',
    lane.after > 0 ? tt('laterCount', { count: lane.after }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const nameWidth = textWidth(name, 13, 600) + 18;
  const fitsOutside = nameWidth + textWidth(outside, 12) + 16 <= width;
  const y = lane.top + 15;
  return (
    <g className="timeline-lane">
      <rect x={0} y={lane.top} width={width} height={lane.height} fill={colour} fillOpacity={0.05} rx={4} />
      <rect x={0} y={lane.top} width={4} height={lane.height} fill={colour} rx={2} />
      <text x={12} y={y} fontSize={13} fontWeight={600} fill="currentColor">
        {name}
      </text>
      {lane.marks.length === 0 && (
        <text x={12} y={lane.top + GEOMETRY.laneHead + 14} fontSize={12} className="timeline-lane__empty">
          {tt('emptyLane')}
        </text>
      )}
      {outside && fitsOutside && (
        <text x={width - 8} y={y} fontSize={12} textAnchor="end" className="timeline-lane__outside">
          {outside}
        </text>
      )}
    </g>
  );
}

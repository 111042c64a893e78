import type { Language } from '../../i18n';
import type { Geometry } from './growth-layout';
import type { ChartSeries } from './growth-series';
import { textWidth } from '../../charts/text-measure';

interface ChartLabelsProps {
  series: ChartSeries[];
  geo: Geometry;
  width: number;
  lang: Language;
  /** "the presentation's figure", written beside each point from the primary source. */
  annotation: string;
  color: string;
}

/**
 * Text on the plot: the presentation's figures called out below-right of their ring (the space under a
 * line's end is empty in this chart), and the series names at line ends when the geometry found room.
 */
export function ChartLabels({ series, geo, width, lang, annotation, color }: ChartLabelsProps) {
  const w = textWidth(annotation, 11);
  return (
    <g className="growth-labels" aria-hidden="true">
      {series.flatMap((s) =>
        s.points
          .filter((p) => p.primary)
          .map((p) => {
            const [px, py] = [geo.x(p.x), geo.y(p.figure.value)];
            const after = px + 14 + w <= width;
            // No room on either side (phones): the ring and the legend still mark the figure.
            if (!after && px - 14 - w < 0) return null;
            const below = py + 22 <= geo.plotBottom;
            return (
              <text
                key={`note-${p.figure.id}`}
                x={after ? px + 14 : px - 14}
                y={below ? py + 22 : py - 14}
                textAnchor={after ? 'start' : 'end'}
                fontSize={11}
                fontStyle="italic"
                fill={color}
                className="growth-annotation"
              >
                {annotation}
              </text>
            );
          }),
      )}
      {geo.labels?.map((l) => {
        const s = series.find((o) => o.id === l.key);
        return s ? (
          <text
            key={l.key}
            x={l.x}
            y={l.y}
            fontSize={12.5}
            fontWeight={600}
            fill={color}
            className="growth-direct-label"
          >
            {s.label[lang]}
          </text>
        ) : null;
      })}
    </g>
  );
}

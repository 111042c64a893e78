import { kindsOf } from '../../charts/figure-kinds';
import type { ReactNode } from 'react';
import { QualifierLegend } from '../../charts/qualifier-legend';
import type { Palette } from '../../ui/palette';
import type { LocalizedText } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { splitNumbered, useGrowthText } from './growth.text';
import { markerPath } from './growth-symbols';
import type { ChartSeries } from './growth-series';

interface GrowthLegendProps {
  series: ChartSeries[];
  palette: Palette;
  /** Whether COVID-19 periods and event markers are on the chart. */
  covid: boolean;
  events: boolean;
}

/** Names every line with its definition, then explains each kind of mark that is on screen. */
export function GrowthLegend({ series, palette, covid, events }: GrowthLegendProps) {
  const { i18n } = useTranslation();
  const g = useGrowthText();
  const lang = i18n.language;
  const points = series.flatMap((s) => s.points);
  const stroke = palette.muted;
  // Each kind of mark, with whether it is on screen now: the legend explains only what is drawn.
  const marks: { key: string; shown: boolean; swatch: ReactNode; text: string }[] = [
    {
      key: 'bar',
      shown: points.some((p) => p.precision !== 'day'),
      swatch: <path d="M1 4v6M1 7h16M17 4v6" stroke={stroke} strokeWidth={2} fill="none" />,
      text: g('legend.bar'),
    },
    {
      key: 'inferred',
      shown: points.some((p) => p.dateApproximate),
      swatch: (
        <path d="M1 7h16" stroke={stroke} strokeWidth={2} strokeDasharray="1 3" strokeLinecap="round" />
      ),
      text: g('legend.barInferred'),
    },
    {
      key: 'dashed',
      shown: series.some((s) => s.segments.some((seg) => seg.dashed)),
      swatch: <path d="M0 7h18" stroke={stroke} strokeWidth={2} strokeDasharray="6 4" />,
      text: g('legend.dashed'),
    },
    {
      key: 'primary',
      shown: points.some((p) => p.primary),
      swatch: <circle cx={9} cy={7} r={5.5} fill="none" stroke={palette.highlight} strokeWidth={2} />,
      text: g('legend.primary'),
    },
    {
      key: 'covid',
      shown: covid,
      swatch: <rect x={1} y={1} width={16} height={12} fill={palette.period} />,
      text: g('legend.covid'),
    },
    {
      key: 'event',
      shown: events,
      swatch: <path d="M9 2l5 5-5 5-5-5z" fill={palette.muted} />,
      text: g('legend.event'),
    },
  ].filter((m) => m.shown);

  return (
    <div className="growth-legend">
      <ul className="growth-legend__series" aria-label={g('legend.series')}>
        {series.map((s) => (
          <li key={s.id} data-series={s.id}>
            <svg
              width="26"
              height="14"
              viewBox="0 -7 26 14"
              aria-hidden="true"
              className="growth-legend__swatch"
            >
              <line x1={0} x2={26} y1={0} y2={0} stroke={palette.series[s.index]} strokeWidth={2} />
              <path d={markerPath(s.index)} transform="translate(13,0)" fill={palette.series[s.index]} />
            </svg>
            <span>
              <strong>{s.label[lang]}</strong>{' '}
              <span className="growth-legend__definition">{s.definition[lang]}</span>
            </span>
          </li>
        ))}
      </ul>
      <QualifierLegend kinds={kindsOf(series.flatMap((s) => s.points.map((p) => p.figure)))} />
      {marks.length > 0 && (
        <ul className="qualifier-legend growth-legend__marks" aria-label={g('legend.marks')}>
          {marks.map((m) => (
            <li key={m.key}>
              <svg width="18" height="14" aria-hidden="true">
                {m.swatch}
              </svg>
              {m.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The snapshot's caveats about mixed definitions; numbered "(1) … (2) …" notes become a list. */
export function GrowthNote({ note }: { note: LocalizedText | undefined }) {
  const { i18n } = useTranslation();
  const g = useGrowthText();
  if (!note) return null;
  const { intro, items } = splitNumbered(note[i18n.language]);
  return (
    <div className="growth-note">
      <h3 className="growth-note__title">{g('notes')}</h3>
      {intro && <p>{intro}</p>}
      {items.length > 0 && (
        <ol>
          {items.map((item) => (
            <li key={item.slice(0, 40)}>{item}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

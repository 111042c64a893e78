import type { PlacedEvent } from '../../charts/event-layer';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { CitationText } from '../../ui/citation-text';
import { datedText, eventDates, pointValue, useGrowthText } from './growth.text';
import type { ChartPoint, ChartSeries } from './growth-series';

/** What the tooltip is about, and where (chart px) it points. */
export type Active =
  | { kind: 'point'; point: ChartPoint; series: ChartSeries; x: number; y: number }
  | { kind: 'event'; event: PlacedEvent; x: number; y: number }
  | { kind: 'covid'; items: PlacedEvent[]; x: number; y: number };

/** The first sentence of a definition, for a tooltip (the legend carries it in full). */
const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;

/** The content of the one tooltip the chart shows, for a point, an event or a COVID-19 period. */
export function TooltipBody({ active, snapshot }: { active: Active; snapshot: Snapshot }) {
  const { t, i18n } = useTranslation();
  const g = useGrowthText();
  const lang = i18n.language;
  if (active.kind === 'point') {
    const { point, series } = active;
    const f = point.figure;
    return (
      <>
        <strong>{series.label[lang]}</strong>
        <span className="growth-tip__value">{pointValue(point, lang, t)}</span>
        {f.date && <span>{datedText(f.date, lang, t)}</span>}
        <span className="growth-tip__kind">{t(`qualifier.${f.qualifier.kind}`)}</span>
        {point.primary && <span className="growth-tip__primary">{g('tip.presentation')}</span>}
        <span className="chart-tooltip__muted">{firstSentence(series.definition[lang])}</span>
        {f.note && <span>{f.note[lang]}</span>}
        <span className="chart-tooltip__source">
          {t('chart.source')}: <CitationText inTooltip snapshot={snapshot} citations={f.sources} />
        </span>
      </>
    );
  }
  if (active.kind === 'event') {
    const { event } = active.event;
    return (
      <>
        <strong>{event.title[lang]}</strong>
        <span>{eventDates(active.event, lang, t)}</span>
        <span className="chart-tooltip__muted">{t(`events.category.${event.category}`)}</span>
        <span className="growth-tip__link">{g('tip.openTimeline')} →</span>
      </>
    );
  }
  return (
    <>
      <strong>{g('tip.covid')}</strong>
      <ul className="growth-tip__list">
        {active.items.map((p) => (
          <li key={p.event.id}>
            {p.event.title[lang]} <span className="chart-tooltip__muted">({eventDates(p, lang, t)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

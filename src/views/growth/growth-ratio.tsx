import { useId } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { SourceFootnote } from '../../charts/source-footnote';
import type { Snapshot } from '../../data/schema';
import { sourceById, shortSourceName } from '../../data/sources';
import { useTranslation } from '../../i18n';
import { formatNumber, formatPartialDate } from '../../i18n/format';
import { CitationText } from '../../ui/citation-text';
import { otherMultiples, primaryMultiple, type GrowthRatio } from './growth-multiples';
import { basisText, multipleText, useGrowthText } from './growth.text';
import type { ChartSeries } from './growth-series';

interface RatioPanelProps {
  snapshot: Snapshot;
  series: ChartSeries[];
  ratio: GrowthRatio | undefined;
  invalid: { name: string; raw: string }[];
  onBasis: (from: string, to: string) => void;
}

/** The "20-fold" growth: what the presentation and the web source state, and a ratio computed from the data. */
export function RatioPanel({ snapshot, series, ratio, invalid, onBasis }: RatioPanelProps) {
  const { t, i18n } = useTranslation();
  const g = useGrowthText();
  const lang = i18n.language;
  const id = useId();
  const primary = primaryMultiple(snapshot);
  const stated = [...(primary ? [primary] : []), ...otherMultiples(snapshot)];
  const basisSeries = series.find((s) => s.id === ratio?.seriesId);
  const fromSeries = (fromId: string) => series.find((s) => s.points.some((p) => p.figure.id === fromId));
  const pickFrom = (fromId: string) => {
    const s = fromSeries(fromId);
    const from = s?.points.find((p) => p.figure.id === fromId);
    if (!s || !from) return;
    const keep = ratio && ratio.seriesId === s.id && ratio.to.x > from.x ? ratio.to : s.points.at(-1);
    if (keep && keep.x > from.x) onBasis(fromId, keep.figure.id);
  };
  const citations = [
    ...stated.flatMap((m) => m.sources),
    ...(ratio ? [...ratio.from.figure.sources, ...ratio.to.figure.sources] : []),
  ];

  return (
    <ChartFrame
      id="growth-ratio"
      items={snapshot.growth.multiples.length}
      title={g('ratio.title')}
      subtitle={g('ratio.subtitle')}
      footer={<SourceFootnote snapshot={snapshot} citations={citations} />}
    >
      {invalid.length > 0 && (
        <p className="notice notice--inline" role="status">
          {t('app.ignoredParams', { params: invalid.map((p) => `?${p.name}=${p.raw}`).join(', ') })}
        </p>
      )}
      <div className="growth-ratio">
        {stated.map((m) => {
          const source = m.sources[0] ? sourceById(snapshot, m.sources[0].source) : undefined;
          const isPrimary = m === primary;
          return (
            <section
              key={m.id}
              className="growth-ratio__card"
              data-kind={m.qualifier.kind}
              aria-labelledby={`${id}-${m.id}`}
            >
              <h3 id={`${id}-${m.id}`} className="growth-ratio__who">
                {g('ratio.stated')}:{' '}
                {isPrimary ? g('ratio.seed') : source ? shortSourceName(source) : m.sources[0]?.source}
              </h3>
              <div className="growth-ratio__value">{multipleText(m, lang, t, g)}</div>
              <p className="growth-ratio__when">
                {m.date ? formatPartialDate(m.date, lang, t) : g('ratio.periodNotStated')}
              </p>
              {m.note && <p className="growth-ratio__note">{m.note[lang]}</p>}
              <p className="growth-ratio__source">
                <CitationText snapshot={snapshot} citations={m.sources} />
              </p>
            </section>
          );
        })}
        {ratio && basisSeries && (
          <section
            className="growth-ratio__card growth-ratio__card--derived"
            data-kind="derived"
            aria-labelledby={`${id}-derived`}
          >
            <h3 id={`${id}-derived`} className="growth-ratio__who">
              {g('ratio.derived')}
            </h3>
            <div className="growth-ratio__value">
              {g('ratio.times', { value: formatNumber(ratio.value, lang) })}
            </div>
            <p className="growth-ratio__equation">
              {g('ratio.equation', {
                to: formatNumber(ratio.to.figure.value, lang),
                from: formatNumber(ratio.from.figure.value, lang),
                value: formatNumber(ratio.value, lang),
              })}
              <span className="growth-ratio__formula"> · {g('ratio.formula')}</span>
            </p>
            <p className="growth-ratio__basis-text">
              {g('ratio.basis', {
                series: basisSeries.label[lang],
                from: basisText(ratio.from, lang, t),
                to: basisText(ratio.to, lang, t),
              })}
            </p>
            <div className="growth-ratio__basis">
              <label>
                <span>{g('ratio.from')}</span>
                <select value={ratio.from.figure.id} onChange={(e) => pickFrom(e.target.value)}>
                  {series.map((s) => (
                    <optgroup key={s.id} label={s.label[lang]}>
                      {s.points.map((p, i) => (
                        <option key={p.figure.id} value={p.figure.id} disabled={i === s.points.length - 1}>
                          {basisText(p, lang, t)}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </label>
              <label>
                <span>{g('ratio.to')}</span>
                <select
                  value={ratio.to.figure.id}
                  onChange={(e) => onBasis(ratio.from.figure.id, e.target.value)}
                >
                  {basisSeries.points.map((p) => (
                    <option key={p.figure.id} value={p.figure.id} disabled={p.x <= ratio.from.x}>
                      {basisText(p, lang, t)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <ul className="growth-ratio__caveats">
              <li>{g(`ratio.caveat.${ratio.caveat}`)}</li>
              <li>{g('ratio.sameSeries', { series: basisSeries.label[lang] })}</li>
              {ratio.datesInferred && <li>{g('ratio.datesInferred')}</li>}
              {ratio.from.figure.sources[0]?.source !== ratio.to.figure.sources[0]?.source && (
                <li>{g('ratio.differentSources')}</li>
              )}
            </ul>
          </section>
        )}
      </div>
    </ChartFrame>
  );
}

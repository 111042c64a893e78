import { useId, type Ref, memo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { ShowAllButton } from '../../charts/show-all-button';
import { useShowFirst } from '../../charts/show-first';
import { SourceFootnote } from '../../charts/source-footnote';
import type { Figure, Snapshot } from '../../data/schema';
import { sourceById, shortSourceName } from '../../data/sources';
import { useTranslation } from '../../i18n';
import { formatNumber, formatPartialDate } from '../../i18n/format';
import { CitationText } from '../../ui/citation-text';
import { BasisSelects } from './growth-basis';
import { otherMultiples, primaryMultiple, type GrowthRatio } from './growth-multiples';
import { basisText, multipleText, useGrowthText } from './growth.text';
import type { ChartSeries } from './growth-series';

/**
 * Stated multiples drawn before "Show all": the shipped snapshot has two, so all show; at 100× the data there
 * are 200, which would be 2,000 elements nobody reads at once.
 */
export const FIRST_MULTIPLES = 6;

interface RatioPanelProps {
  snapshot: Snapshot;
  series: ChartSeries[];
  ratio: GrowthRatio | undefined;
  invalid: { name: string; raw: string }[];
  onBasis: (from: string, to: string) => void;
}

/** The "20-fold" growth: what the presentation and the web source state, and a ratio computed from the data. */
function RatioPanelUnmemoised({ snapshot, series, ratio, invalid, onBasis }: RatioPanelProps) {
  const { t, i18n } = useTranslation();
  const g = useGrowthText();
  const lang = i18n.language;
  const id = useId();
  const primary = primaryMultiple(snapshot);
  const stated = [...(primary ? [primary] : []), ...otherMultiples(snapshot)];
  const list = useShowFirst(stated.length, FIRST_MULTIPLES);
  const basisSeries = series.find((s) => s.id === ratio?.seriesId);
  const citations = [
    ...stated.flatMap((m) => m.sources),
    ...(ratio ? [...ratio.from.figure.sources, ...ratio.to.figure.sources] : []),
  ];

  return (
    <ChartFrame
      id="growth-ratio"
      fluid
      // The cards drawn: only once all are shown does the panel need a box that scrolls.
      items={list.shown}
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
        {stated.slice(0, list.shown).map((m, i) => (
          <StatedCard
            key={m.id}
            snapshot={snapshot}
            multiple={m}
            who={m === primary ? g('ratio.seed') : undefined}
            headingId={`${id}-${m.id}`}
            revealRef={i === FIRST_MULTIPLES ? list.revealRef : undefined}
          />
        ))}
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
            <BasisSelects series={series} basisSeries={basisSeries} ratio={ratio} onBasis={onBasis} />
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
      <ShowAllButton
        list={list}
        showAll={g('ratio.showAll', { count: formatNumber(stated.length, lang) })}
        showFirst={g('ratio.showFirst', { count: formatNumber(FIRST_MULTIPLES, lang) })}
      />
    </ChartFrame>
  );
}

/** A multiple as a source states it: who, the multiple, when, the source's note and its citation. */
function StatedCard({
  snapshot,
  multiple: m,
  who,
  headingId,
  revealRef,
}: {
  snapshot: Snapshot;
  multiple: Figure;
  /** Who states it, when that is the presentation; else the source's short name. */
  who: string | undefined;
  headingId: string;
  /** Given to the first card "Show all" reveals, which takes focus then. */
  revealRef: Ref<HTMLElement> | undefined;
}) {
  const { t, i18n } = useTranslation();
  const g = useGrowthText();
  const lang = i18n.language;
  const source = m.sources[0] ? sourceById(snapshot, m.sources[0].source) : undefined;
  return (
    // An article, not a section: two figures stated by one source would be two landmarks of the same name.
    <article
      className="growth-ratio__card"
      data-kind={m.qualifier.kind}
      aria-labelledby={headingId}
      ref={revealRef}
      tabIndex={revealRef ? -1 : undefined}
    >
      <h3 id={headingId} className="growth-ratio__who">
        {g('ratio.stated')}: {who ?? (source ? shortSourceName(source) : m.sources[0]?.source)}
      </h3>
      <div className="growth-ratio__value">{multipleText(m, lang, t, g)}</div>
      <p className="growth-ratio__when">
        {m.date ? formatPartialDate(m.date, lang, t) : g('ratio.periodNotStated')}
      </p>
      {m.note && <p className="growth-ratio__note">{m.note[lang]}</p>}
      <p className="growth-ratio__source">
        <CitationText snapshot={snapshot} citations={m.sources} />
      </p>
    </article>
  );
}

/** Drawn again only when its props change, not on every change of the URL (a chart option above). */
export const RatioPanel = memo(RatioPanelUnmemoised);

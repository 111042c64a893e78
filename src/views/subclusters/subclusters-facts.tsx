import { memo } from 'react';
import type { ReactNode } from 'react';
import type { Citation, Snapshot } from '../../data/schema';
import { uniqueCitations } from '../../charts/unique-citations';
import { SourceFootnote } from '../../charts/source-footnote';
import { useTranslation } from '../../i18n';
import { formatFigure, formatPartialDate } from '../../i18n/format';
import { CitationText } from '../../ui/citation-text';
import { useFigureWords, useSubclustersText } from './subclusters.text';
import { discussionSizeNote, ruleRows, shortName, sizeRange, type SubclusterRow } from './subclusters-series';

/**
 * The facts around the chart: how many sub-clusters are registered and since when, the size range in the
 * table next to the discussion slide's "around 30–70" (both stated, neither judged), and, on the chart
 * tab, the registration rules with their threshold figures. Each fact carries its source.
 */
function SubclustersFactsUnmemoised({
  snapshot,
  rows,
  withRules,
}: {
  snapshot: Snapshot;
  rows: SubclusterRow[];
  withRules: boolean;
}) {
  const { t, i18n } = useTranslation();
  const v = useSubclustersText();
  const words = useFigureWords();
  const lang = i18n.language;
  const { registered, firstCreated } = snapshot.subclusters;
  const range = sizeRange(rows);
  const discussion = discussionSizeNote(snapshot);
  const rules = ruleRows(snapshot, lang);

  return (
    <section className="subclusters-facts" aria-labelledby="subclusters-facts-heading">
      <h2 id="subclusters-facts-heading" className="subclusters-facts__heading">
        {v('facts.heading')}
      </h2>
      <dl className="subclusters-facts__list">
        <Fact label={v('facts.registered')} snapshot={snapshot} sources={registered.sources}>
          <strong>{words(registered)}</strong>
          {registered.date && ` (${formatPartialDate(registered.date, lang, t)})`}
        </Fact>
        <Fact label={v('facts.firstCreated')} snapshot={snapshot} sources={firstCreated.sources}>
          <strong>{formatPartialDate(firstCreated.date, lang, t)}</strong>
        </Fact>
        {range && (
          <Fact
            label={v('facts.sizeRange')}
            snapshot={snapshot}
            sources={[...range.min.participants.sources, ...range.max.participants.sources]}
          >
            {v('facts.sizeRangeValue', {
              min: formatFigure(range.min.participants, lang, t),
              minName: shortName(range.min.name, 24),
              max: formatFigure(range.max.participants, lang, t),
              maxName: shortName(range.max.name, 24),
            })}
          </Fact>
        )}
        {discussion && (
          <Fact label={v('facts.discussion')} snapshot={snapshot} sources={discussion.sources}>
            <q>{discussion.text[lang]}</q>
          </Fact>
        )}
      </dl>
      {withRules && (
        <div className="subclusters-rules">
          <h3 className="subclusters-rules__heading">{v('facts.rules')}</h3>
          <ul className="subclusters-rules__list">
            {rules.map((r) => (
              <li key={r.id}>
                {r.text}
                {r.threshold && (
                  <span className="subclusters-rules__threshold">
                    {' '}
                    — {v('facts.threshold', { value: words(r.threshold) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <SourceFootnote snapshot={snapshot} citations={rules.flatMap((r) => r.sources)} />
        </div>
      )}
    </section>
  );
}

function Fact({
  label,
  snapshot,
  sources,
  children,
}: {
  label: string;
  snapshot: Snapshot;
  sources: readonly Citation[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="card subclusters-facts__item">
      <dt>{label}</dt>
      <dd>
        <span className="subclusters-facts__value">{children}</span>
        <span className="subclusters-facts__source">
          {t('chart.source')}: <CitationText snapshot={snapshot} citations={uniqueCitations(sources)} />
        </span>
      </dd>
    </div>
  );
}

/** Drawn again only when its props change, not on every change of the URL (a chart option above). */
export const SubclustersFacts = memo(SubclustersFactsUnmemoised);

import type { ReactNode } from 'react';
import { ShowAllButton } from '../../charts/show-all-button';
import { useShowFirst } from '../../charts/show-first';
import type { LocalizedText, Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { EvidenceItem } from './evidence-item';
import type { ShapedFeature } from './framework-series';
import { useFrameworkText } from './framework.text';
import { featureElementId } from './scroll-to-feature';

/**
 * Evidence items a feature shows before "Show all": the shipped snapshot has at most two per feature, so all
 * show; at 100× the data a feature has up to 200, each with its figures. Three of each keep the eight
 * features side by side on a few screens.
 */
export const FIRST_EVIDENCE = 3;

/**
 * One feature as a row of the comparison: WHAT (the heading), WHY with its PROOF references exactly as
 * the seed writes them, and MIC's evidence. Column labels are visible on narrow screens, where the
 * column header row is gone, and read out by screen readers everywhere.
 */
export function FeatureCard({
  snapshot,
  feature,
  selected,
  ownNote,
  labels,
}: {
  snapshot: Snapshot;
  feature: ShapedFeature;
  selected: boolean;
  ownNote: LocalizedText | undefined;
  labels: ReadonlyMap<string, string>;
}) {
  const ft = useFrameworkText();
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const id = featureElementId(feature.n);
  const list = useShowFirst(feature.evidence.length, FIRST_EVIDENCE);
  return (
    <article
      id={id}
      className={`card framework-feature${selected ? ' framework-feature--selected' : ''}`}
      aria-labelledby={`${id}-title`}
      aria-current={selected ? 'true' : undefined}
      tabIndex={-1}
    >
      <div className="framework-feature__what">
        <span className="framework-feature__n" aria-hidden="true">
          {feature.n}
        </span>
        <div>
          <p className="eyebrow framework-feature__label framework-feature__label--n" aria-hidden="true">
            {ft('comparison.feature', { n: feature.n })}
          </p>
          <h3 id={`${id}-title`} className="framework-feature__title">
            <span className="visually-hidden">{ft('comparison.feature', { n: feature.n })}:</span>{' '}
            {feature.what[lang]}
          </h3>
        </div>
      </div>
      <div className="framework-feature__why">
        <Label narrow>{ft('comparison.why')}</Label>
        <p className="framework-feature__why-text">{feature.why[lang]}</p>
        <Label>{ft('comparison.proof')}</Label>
        <ul className="framework-proof">
          {feature.proof.map((reference) => (
            <li key={reference}>{reference}</li>
          ))}
        </ul>
      </div>
      <div className="framework-feature__evidence">
        <Label narrow>{ft('comparison.colEvidence')}</Label>
        {feature.evidence.length === 0 ? (
          <p className="not-reported">{ft('comparison.noEvidence')}</p>
        ) : (
          <ol className="framework-evidence-list">
            {feature.evidence.slice(0, list.shown).map((item, i) => (
              <EvidenceItem
                key={item.index}
                snapshot={snapshot}
                evidence={item}
                labels={labels}
                revealRef={i === FIRST_EVIDENCE ? list.revealRef : undefined}
              />
            ))}
          </ol>
        )}
        <ShowAllButton
          list={list}
          showAll={ft('comparison.showAll', {
            count: formatNumber(feature.evidence.length, lang),
            n: feature.n,
          })}
          showFirst={ft('comparison.showFirst', { count: formatNumber(FIRST_EVIDENCE, lang) })}
        />
        {ownNote && (
          <p className="framework-feature__note">
            <span className="framework-pairing__icon" aria-hidden="true">
              i
            </span>
            <span>
              <strong>{ft('pairing.own')}: </strong>
              {ownNote[lang]}
            </span>
          </p>
        )}
      </div>
    </article>
  );
}

/** A column's label; `narrow` ones stand in for the column heads that wide screens show above the grid. */
function Label({ narrow = false, children }: { narrow?: boolean; children: ReactNode }) {
  return (
    <p className={`eyebrow framework-feature__label${narrow ? ' framework-feature__label--narrow' : ''}`}>
      {children}
    </p>
  );
}

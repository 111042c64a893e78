import { memo, useEffect } from 'react';
import { useEmbed } from '../../lib/embed-context';
import { ChartFrame } from '../../charts/chart-frame';
import { QualifierLegend } from '../../charts/qualifier-legend';
import type { LocalizedText, Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { FeatureCard } from './feature-card';
import { comparisonExportRows } from './framework-export';
import { useFigureLabels, useFrameworkText } from './framework.text';
import { SourceFootnote } from '../../charts/source-footnote';
import { kindsPresent, numberRuns, ownPairingNote, type ShapedFeature } from './framework-series';
import { scrollToFeature } from './scroll-to-feature';

/**
 * The comparison itself: one row per feature with three columns (WHAT | WHY + PROOF | MIC EVIDENCE)
 * on wide screens, stacked cards on narrow ones (CSS decides; the markup is the same).
 */
/** Memoised: a render for a feature not yet highlighted here (framework-route.tsx) skips it. */
export const FeatureComparison = memo(function FeatureComparison({
  snapshot,
  features,
  shared,
  selected,
}: {
  snapshot: Snapshot;
  features: readonly ShapedFeature[];
  shared: { note: LocalizedText; features: number[] } | undefined;
  selected: number | undefined;
}) {
  const ft = useFrameworkText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const labels = useFigureLabels(snapshot);
  const rows = () => comparisonExportRows(features, labels, i18n.language, t);
  // An embedded view never scrolls or takes focus: that would move the host page under its reader.
  const { embedded } = useEmbed();
  useEffect(() => {
    if (selected !== undefined && !embedded) scrollToFeature(selected);
  }, [selected, embedded]);

  return (
    <ChartFrame
      id="framework-comparison"
      fluid
      // Every item, drawn or behind a feature's "Show all": at scale the three shown per feature still make
      // eight long rows (7 window heights at 100×), which the box keeps to one.
      items={features.reduce((n, f) => n + 1 + f.evidence.length + f.proof.length, 0)}
      title={ft('comparison.title')}
      subtitle={ft('comparison.subtitle')}
      legend={<QualifierLegend kinds={kindsPresent(features)} />}
      exportable={{
        name: 'framework',
        rows,
        snapshot,
        picture: () => ({
          head: [
            ft('table.n'),
            ft('table.what'),
            ft('table.why'),
            ft('table.proof'),
            ft('comparison.colEvidence'),
          ],
          rows: features.map((f) => [
            String(f.n),
            f.what[lang],
            f.why[lang],
            f.proof.join('\n'),
            f.evidence.map((e) => `• ${e.text[lang]}`).join('\n') || ft('comparison.noEvidence'),
          ]),
        }),
      }}
      footer={
        <>
          <SourceFootnote snapshot={snapshot} citations={snapshot.framework.featuresSources} />
          <p className="chart-source">{ft('comparison.evidenceSources')}</p>
        </>
      }
    >
      {shared && (
        <div className="framework-pairing" role="note" aria-label={ft('pairing.title')}>
          <span className="framework-pairing__icon" aria-hidden="true">
            i
          </span>
          <p>
            <strong>{ft('pairing.title')}. </strong>
            {shared.note[i18n.language]}{' '}
            {shared.features.length < features.length &&
              ft('pairing.scope', { list: numberRuns(shared.features) })}
          </p>
        </div>
      )}
      <div className="framework-grid">
        <div className="eyebrow framework-grid__head" aria-hidden="true">
          <span>{ft('comparison.colWhat')}</span>
          <span>{ft('comparison.colWhy')}</span>
          <span>{ft('comparison.colEvidence')}</span>
        </div>
        {features.map((feature) => (
          <FeatureCard
            key={feature.n}
            snapshot={snapshot}
            feature={feature}
            selected={feature.n === selected}
            ownNote={ownPairingNote(feature, shared)}
            labels={labels}
          />
        ))}
      </div>
    </ChartFrame>
  );
});

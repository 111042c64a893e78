import { memo } from 'react';
import type { ReactNode } from 'react';
import { KindSwatch } from '../../charts/kind-marks';
import { usePalette } from '../../ui/palette';
import { QualifierLegend } from '../../charts/qualifier-legend';
import type { Citation, Figure, Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatFigure, formatPartialDate } from '../../i18n/format';
import { CitationText } from '../../ui/citation-text';
import { useRegionsText } from './regions.text';
import type { PartnerStats } from './regions-series';

/** The headline partner figures as cards, each with its date and source; the value is worded as sourced. */
function PartnerStatCardsUnmemoised({ stats, snapshot }: { stats: PartnerStats; snapshot: Snapshot }) {
  const rt = useRegionsText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const figureCard = (label: string, hint: string, figure: Figure) => (
    <StatCard
      label={label}
      value={formatFigure(figure, lang, t)}
      kind={figure.qualifier.kind}
      hint={
        figure.date
          ? `${hint} · ${rt('stats.asOf', { date: formatPartialDate(figure.date, lang, t) })}`
          : hint
      }
      sources={primaryFirst(figure.sources, snapshot)}
      snapshot={snapshot}
    />
  );
  const figures = [stats.partners, stats.regionCount, stats.coreShare];
  return (
    <section className="regions-stats" aria-labelledby="regions-stats-heading">
      <h2 id="regions-stats-heading" className="visually-hidden">
        {rt('stats.heading')}
      </h2>
      <ul className="regions-stats__list">
        {figureCard(rt('stats.partners'), rt('stats.partnersHint'), stats.partners)}
        {figureCard(rt('stats.regions'), rt('stats.regionsHint'), stats.regionCount)}
        <StatCard
          label={rt('stats.opened')}
          value={formatPartialDate(stats.opened.date, lang, t)}
          hint={rt('stats.openedHint')}
          sources={primaryFirst(stats.opened.sources, snapshot)}
          snapshot={snapshot}
        />
        {figureCard(rt('stats.coreShare'), rt('stats.coreShareHint'), stats.coreShare)}
      </ul>
      <QualifierLegend kinds={figures.map((f) => f.qualifier.kind)} />
    </section>
  );
}

function StatCard({
  label,
  value,
  kind,
  hint,
  sources,
  snapshot,
}: {
  label: string;
  value: string;
  kind?: Figure['qualifier']['kind'];
  hint: ReactNode;
  sources: readonly Citation[];
  snapshot: Snapshot;
}) {
  const rt = useRegionsText();
  const palette = usePalette();
  return (
    <li className="card regions-stat">
      <span className="regions-stat__label">{label}</span>
      <span className="regions-stat__value" data-qualifier={kind}>
        {kind && <KindSwatch kind={kind} colour={palette.muted} background={palette.background} />}
        {value}
      </span>
      <span className="regions-stat__hint">{hint}</span>
      <span className="regions-stat__source">
        {rt('stats.source')}: <CitationText snapshot={snapshot} citations={sources} />
      </span>
    </li>
  );
}

/** A card cites the primary source where it is among the citations; the table lists every one. */
function primaryFirst(citations: readonly Citation[], snapshot: Snapshot): readonly Citation[] {
  const primary = citations.filter((c) => c.source === snapshot.primarySource);
  return primary.length > 0 ? primary : citations;
}

/** Drawn again only when its props change, not on every change of the URL. */
export const PartnerStatCards = memo(PartnerStatCardsUnmemoised);

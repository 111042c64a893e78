import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatFigure, formatPartialDate } from '../../i18n/format';
import { CitationText } from '../../ui/citation-text';
import { uniqueCitations } from '../../charts/unique-citations';
import type { SubclusterRow } from './subclusters-series';
import { useSubclustersText } from './subclusters.text';

/** What a sub-cluster's tooltip says: full name, both figures as worded, their date, kind and source. */
export function SubclusterTip({ row, snapshot }: { row: SubclusterRow; snapshot: Snapshot }) {
  const { t, i18n } = useTranslation();
  const v = useSubclustersText();
  const lang = i18n.language;
  const { participants, projects } = row;
  const kinds = [...new Set([participants.qualifier.kind, projects.qualifier.kind])].filter(
    (k) => k !== 'exact',
  );
  return (
    <>
      <strong>{row.name}</strong>
      <span>{v('chart.tipParticipants', { value: formatFigure(participants, lang, t) })}</span>
      <span>{v('chart.tipProjects', { value: formatFigure(projects, lang, t) })}</span>
      {participants.date && (
        <span>{v('chart.tipDate', { date: formatPartialDate(participants.date, lang, t) })}</span>
      )}
      {kinds.length > 0 && <span>{kinds.map((k) => t(`qualifier.${k}`)).join(', ')}</span>}
      <span className="chart-tooltip__source">
        {t('chart.source')}:{' '}
        <CitationText
          inTooltip
          snapshot={snapshot}
          citations={uniqueCitations([...participants.sources, ...projects.sources])}
        />
      </span>
    </>
  );
}

import type { Snapshot } from '../../data/schema';
import { shortSourceName, sourceById } from '../../data/sources';
import { useTranslation } from '../../i18n';

/**
 * "Source: Kutsenko & Ismagulova, “Moscow Innovation Cluster: …” (presentation)" for the framework table.
 * The snapshot stores the features without a citation of their own; they come from its primary source,
 * so that is what is named (with no slide locator, as none is recorded).
 */
export function FrameworkSourceLine({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslation();
  const source = sourceById(snapshot, snapshot.primarySource);
  if (!source) return null;
  return (
    <p className="chart-source">
      <span className="chart-source__label">{t('chart.source')}: </span>
      {shortSourceName(source)}, <q>{source.title}</q>
      {source.kind === 'presentation' && ` (${t('sources.presentation').toLowerCase()})`}
    </p>
  );
}

import { useTranslation } from '../i18n';
import type { Citation, Snapshot } from '../data/schema';
import { CitationText } from '../ui/citation-text';
import { uniqueCitations } from './unique-citations';

/** "Source: Kutsenko & Ismagulova, “slide”; TASS, “quote”" under a chart or table. */
export function SourceFootnote({
  snapshot,
  citations,
}: {
  snapshot: Snapshot;
  citations: readonly Citation[];
}) {
  const { t } = useTranslation();
  const list = uniqueCitations(citations);
  if (list.length === 0) return null;
  return (
    <p className="chart-source">
      <span className="chart-source__label">{t(list.length > 1 ? 'chart.sources' : 'chart.source')}: </span>
      <CitationText snapshot={snapshot} citations={list} />
    </p>
  );
}

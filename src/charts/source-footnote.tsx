import { memo, useState } from 'react';
import { useTranslation } from '../i18n';
import { formatNumber } from '../i18n/format';
import { pluralForm } from '../i18n/plural';
import type { Citation, Snapshot } from '../data/schema';
import { CitationText } from '../ui/citation-text';
import { uniqueCitations } from './unique-citations';

/**
 * Past this many passages a footnote shows the first ones and a button for the rest: with a hundred times the
 * data the growth chart's footnote grew to 9,000 px. The shipped charts cite at most 25, so they show all.
 */
export const FOOTNOTE_LIMIT = 30;

/**
 * "Source: Kutsenko & Ismagulova, “slide”; TASS, “quote”" under a chart or table. Drawn again only when its
 * citations change, not with every change of the URL its table or chart follows.
 */
export const SourceFootnote = memo(function SourceFootnote({
  snapshot,
  citations,
}: {
  snapshot: Snapshot;
  citations: readonly Citation[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [all, setAll] = useState(false);
  const list = uniqueCitations(citations);
  if (list.length === 0) return null;
  const cut = !all && list.length > FOOTNOTE_LIMIT;
  return (
    <p className="chart-source">
      <span className="chart-source__label">{`${t(list.length > 1 ? 'chart.sources' : 'chart.source')}: `}</span>
      <CitationText snapshot={snapshot} citations={cut ? list.slice(0, FOOTNOTE_LIMIT) : list} />
      {cut && (
        <>
          {' … '}
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            {t(`chart.allSources.${pluralForm(lang, list.length)}`, {
              count: formatNumber(list.length, lang),
            })}
          </button>
        </>
      )}
    </p>
  );
});

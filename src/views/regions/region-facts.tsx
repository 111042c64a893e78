import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { CitationText } from '../../ui/citation-text';
import { categoryLabel, useCoreShareText, usePartnerText, useRegionsText } from './regions.text';
import type { SubjectRow } from './regions-series';
import { unnamedPartnerRegions } from '../../data/partner-regions';

/**
 * What the dashboard knows about one subject: names in both languages, category, partner count (or
 * "not reported"), source; `details` adds the federal district and administrative centre.
 */
export function RegionFacts({
  row,
  snapshot,
  district,
  details = false,
}: {
  row: SubjectRow;
  snapshot: Snapshot;
  district?: string;
  details?: boolean;
}) {
  const rt = useRegionsText();
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const other = lang === 'en' ? 'ru' : 'en';
  const partnerText = usePartnerText();
  const coreShare = useCoreShareText(snapshot, 'tip.coreShare')(row);
  const unnamed = unnamedPartnerRegions(snapshot);
  const citations = row.partners?.sources ?? row.sources;

  return (
    <>
      {!details && <strong>{row.subject.name[lang]}</strong>}
      <span className="regions-facts__alt" lang={other}>
        {row.subject.name[other]} · {row.code}
      </span>
      <dl className="regions-facts">
        <dt>{rt('tip.category')}</dt>
        <dd>
          <span className={`regions-cat-mark regions-cat-mark--${row.category}`} aria-hidden="true" />
          {categoryLabel(rt, row.category)}
        </dd>
        {row.category !== 'home' && (
          <>
            <dt>{rt('tip.partners')}</dt>
            <dd>
              <span className={row.partners ? undefined : 'not-reported'}>{partnerText(row)}</span>
              {coreShare && <> ({coreShare})</>}
            </dd>
          </>
        )}
        {details && district && (
          <>
            <dt>{rt('tip.district')}</dt>
            <dd>{district}</dd>
          </>
        )}
        {details && (
          <>
            <dt>{rt('tip.capital')}</dt>
            <dd>{row.subject.capital[lang]}</dd>
          </>
        )}
        {row.category !== 'home' && (
          <>
            <dt>{rt('tip.source')}</dt>
            <dd>
              {citations.length > 0 ? (
                <CitationText snapshot={snapshot} citations={citations} />
              ) : (
                <span className="not-reported">{rt('tip.noSource')}</span>
              )}
            </dd>
          </>
        )}
      </dl>
      {row.category === 'other' && unnamed && (
        <p className="regions-facts__note">{rt('tip.otherNote', { total: unnamed.total })}</p>
      )}
      {row.category === 'home' && <p className="regions-facts__note">{rt('tip.homeNote')}</p>}
    </>
  );
}

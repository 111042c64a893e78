import { memo } from 'react';
import { ChartFrame } from '../../charts/chart-frame';
import { SourceFootnote } from '../../charts/source-footnote';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatNumber, formatPartialDate } from '../../i18n/format';
import { ShowAllButton } from '../../charts/show-all-button';
import { useShowFirst } from '../../charts/show-first';
import { CitationText } from '../../ui/citation-text';
import { useRegionsText } from './regions.text';
import { sortedAgreements } from './regions-series';

/** Agreements listed before "Show all": the shipped data names 3; 300 at 100 times it made 4,200 elements. */
const FIRST_AGREEMENTS = 24;

/** The international cooperation agreements: partner, country, date where a source gives one, sources. */
function AgreementsListUnmemoised({ snapshot }: { snapshot: Snapshot }) {
  const rt = useRegionsText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const agreements = sortedAgreements(snapshot);
  const list = useShowFirst(agreements.length, FIRST_AGREEMENTS);
  return (
    <ChartFrame
      id="regions-agreements"
      fluid
      items={agreements.length}
      title={rt('agreements.title')}
      subtitle={rt('agreements.subtitle')}
      footer={<SourceFootnote snapshot={snapshot} citations={agreements.flatMap((a) => a.sources)} />}
    >
      <ol className="card-grid regions-agreements">
        {agreements.slice(0, list.shown).map((a, i) => (
          <li key={a.id} className="regions-agreement" {...list.revealProps(i)}>
            <span className="regions-agreement__country">
              <abbr className="regions-agreement__code" title={a.country[lang]}>
                {a.countryCode}
              </abbr>
              <span>{a.country[lang]}</span>
            </span>
            <strong className="regions-agreement__partner">{a.partner[lang]}</strong>
            <span className={a.date ? 'regions-agreement__date' : 'regions-agreement__date not-reported'}>
              {a.date
                ? rt('agreements.signed', { date: formatPartialDate(a.date, lang, t) })
                : rt('agreements.dateNotGiven')}
            </span>
            {a.note && <span className="regions-agreement__note">{a.note[lang]}</span>}
            <span className="regions-agreement__source">
              {t(a.sources.length > 1 ? 'chart.sources' : 'chart.source')}:{' '}
              <CitationText snapshot={snapshot} citations={a.sources} />
            </span>
          </li>
        ))}
      </ol>
      <ShowAllButton
        list={list}
        showAll={rt('agreements.showAll', { count: formatNumber(agreements.length, lang) })}
        showFirst={rt('agreements.showFirst', { count: formatNumber(FIRST_AGREEMENTS, lang) })}
      />
    </ChartFrame>
  );
}

/** Drawn again only when its props change, not on every change of the URL. */
export const AgreementsList = memo(AgreementsListUnmemoised);

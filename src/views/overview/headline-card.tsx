import { useId } from 'react';
import { useTranslation } from '../../i18n';
import { Link, useLocation } from 'react-router-dom';
import type { Snapshot } from '../../data/schema';
import { formatFigure, formatNumber, formatPartialDate } from '../../i18n/format';
import { pathOf } from '../../lib/paths';
import { globalSearch } from '../../lib/url-state';
import { CitationText } from '../../ui/citation-text';
import { resolveCitations, shortSourceName } from '../../data/sources';
import type { Headline } from './overview-series';

/** One headline figure: a link to its view whose source shows on hover and on keyboard focus. */
export function HeadlineCard({ headline, snapshot }: { headline: Headline; snapshot: Snapshot }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = useLocation();
  const tipId = useId();
  const { figure, key, view } = headline;
  const value =
    key === 'growth'
      ? t('overview.growthValue', { value: formatNumber(figure.value, lang) })
      : formatFigure(figure, lang, t);

  return (
    <li className="headline">
      <Link
        className="card headline__link"
        to={`${pathOf(view)}${globalSearch(location.search)}`}
        aria-describedby={tipId}
      >
        <span className="headline__label">{t(`overview.${key}`)}</span>
        <span className="headline__value" data-qualifier={figure.qualifier.kind}>
          {value}
        </span>
        <span className="headline__hint">
          {t(`overview.${key}Hint`)}
          {figure.date && ` · ${t('overview.asOf', { date: formatPartialDate(figure.date, lang, t) })}`}
        </span>
        <span className="headline__by">{sourceNames(snapshot, figure.sources)}</span>
      </Link>
      <span role="tooltip" id={tipId} className="card chart-tooltip headline__source">
        {t('overview.source')}: <CitationText snapshot={snapshot} citations={figure.sources} />
        {figure.qualifier.kind !== 'exact' && ` (${t(`qualifier.${figure.qualifier.kind}`)})`}
      </span>
    </li>
  );
}

function sourceNames(snapshot: Snapshot, citations: Parameters<typeof resolveCitations>[1]) {
  return resolveCitations(snapshot, citations)
    .map(({ source, citation }) => (source ? shortSourceName(source) : citation.source))
    .join('; ');
}

import { useTranslation } from '../../i18n';
import { Link, useLocation } from 'react-router-dom';
import type { Snapshot } from '../../data/schema';
import { sourceById, shortSourceName } from '../../data/sources';
import { formatFigure, formatPartialDate } from '../../i18n/format';
import { PAGE_IDS, pathOf } from '../../lib/paths';
import { globalSearch } from '../../lib/url-state';
import { SnapshotPage } from '../../ui/view-page';
import { HeadlineCard } from './headline-card';
import { selectHeadlines, selectLatestTotal } from './overview-series';

export default function OverviewRoute() {
  const { t } = useTranslation();
  return (
    <SnapshotPage id="overview" className="overview" title={t('overview.heading')} lead={t('overview.lead')}>
      {(snapshot) => <Overview snapshot={snapshot} />}
    </SnapshotPage>
  );
}

function Overview({ snapshot }: { snapshot: Snapshot }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = useLocation();
  const keep = globalSearch(location.search);
  const latest = selectLatestTotal(snapshot);
  const latestSource = latest?.sources[0] ? sourceById(snapshot, latest.sources[0].source) : undefined;

  return (
    <>
      <ul className="headlines">
        {selectHeadlines(snapshot).map((h) => (
          <HeadlineCard key={h.key} headline={h} snapshot={snapshot} />
        ))}
      </ul>
      {latest?.date && latestSource && (
        <section className="since" aria-labelledby="overview-since">
          <h2 id="overview-since">{t('overview.since')}</h2>
          <p>
            {t('overview.sinceBody', {
              value: formatFigure(latest, lang, t),
              date: formatPartialDate(latest.date, lang, t),
              source: shortSourceName(latestSource),
            })}
          </p>
        </section>
      )}
      <h2>{t('overview.explore')}</h2>
      <ul className="card-grid">
        {PAGE_IDS.filter((p) => p !== 'overview').map((page) => (
          <li key={page}>
            <Link to={`${pathOf(page)}${keep}`} className="view-card">
              <span className="view-card__title">{t(`nav.${page}`)}</span>
              <span className="view-card__text">{t(`overview.views.${page}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

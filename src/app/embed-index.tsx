import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from '../i18n';
import { VIEW_IDS } from '../lib/paths';
import { EMBED_CHARTS } from '../lib/embed-charts';
import { globalSearch } from '../lib/url-state';

/** `/embed` with no view: the views that can be embedded, each linked as an embed would show it. */
export default function EmbedIndex() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const keep = globalSearch(search);
  return (
    <section className="page" aria-labelledby="embed-index-heading">
      <h1 id="embed-index-heading">{t('embed.indexTitle')}</h1>
      <p>{t('embed.indexLead')}</p>
      <ul>
        {VIEW_IDS.map((view) => (
          <li key={view}>
            <Link to={`/embed/${view}${keep}`}>{t(`nav.${view}`)}</Link> <code>/embed/{view}</code>
            <ul className="embed-index__charts">
              {EMBED_CHARTS[view].map((chart) => (
                <li key={chart}>
                  <Link to={`/embed/${view}/${chart}${keep}`}>
                    <code>
                      /embed/{view}/{chart}
                    </code>
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

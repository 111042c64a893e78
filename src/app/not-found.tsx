import { useTranslation } from '../i18n';
import { Link, useLocation } from 'react-router-dom';
import { PAGE_IDS, pathOf } from '../lib/paths';
import { globalSearch } from '../lib/url-state';

export function NotFound() {
  const { t } = useTranslation();
  const location = useLocation();
  const keep = globalSearch(location.search);
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: location.pathname })}</p>
      <ul className="link-list">
        {PAGE_IDS.map((page) => (
          <li key={page}>
            <Link to={`${pathOf(page)}${keep}`}>{t(`nav.${page}`)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

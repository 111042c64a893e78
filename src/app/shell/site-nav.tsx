import { useState } from 'react';
import { useTranslation } from '../../i18n';
import { NavLink, useLocation } from 'react-router-dom';
import { PAGE_IDS, pathOf } from '../../lib/paths';
import { globalSearch } from '../../lib/url-state';

/** The page list; on narrow screens it folds behind a Menu button (a disclosure, not a modal). */
export function SiteNav() {
  const { t } = useTranslation();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const keep = globalSearch(location.search);

  return (
    <nav className="site-nav" aria-label={t('app.mainNav')}>
      <button
        type="button"
        className="site-nav__toggle"
        aria-expanded={open}
        aria-controls="site-nav-list"
        onClick={() => setOpen((o) => !o)}
      >
        <svg className="site-nav__icon" width="14" height="12" viewBox="0 0 14 12" aria-hidden="true">
          <path d="M0 1h14M0 6h14M0 11h14" stroke="currentColor" strokeWidth="2" />
        </svg>{' '}
        {t('app.menu')}
      </button>
      <ul id="site-nav-list" className={open ? 'site-nav__list site-nav__list--open' : 'site-nav__list'}>
        {PAGE_IDS.map((page) => (
          <li key={page}>
            <NavLink to={`${pathOf(page)}${keep}`} end={page === 'overview'} onClick={() => setOpen(false)}>
              {t(`nav.${page}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

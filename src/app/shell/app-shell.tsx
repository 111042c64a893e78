import { useEffect } from 'react';
import { useTranslation } from '../../i18n';
import { en } from '../../i18n/en';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { useSnapshot } from '../../lib/snapshot.queries';
import { useIgnoredParams } from '../../lib/use-ignored-params';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice';
import { SyntheticBanner } from '../../ui/synthetic-banner';
import { globalSearch } from '../../lib/url-state';
import { ViewErrorBoundary } from '../../ui/view-error-boundary';
import { PreferenceControls } from './preference-controls';
import { LANG_KEY, remember, writeRootLanguage } from '../../lib/preferences';
import { useThemeFromUrl } from './use-theme-from-url';
import { SiteNav } from './site-nav';
import { LazyOfflineStatus } from '../../offline/lazy-offline-status';
import { ChartWidthProbe } from '../../charts/chart-width-probe';

/** Header, navigation and footer around every page; each page sits in its own error boundary. */
export function AppShell() {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const location = useLocation();
  const { entry } = useSnapshot();

  const lang = i18n.language;
  useEffect(() => writeRootLanguage(lang), [lang]);
  const langInUrl = search.get('lang');
  useEffect(() => {
    if (langInUrl === lang) remember(LANG_KEY, lang);
  }, [lang, langInUrl]);

  useThemeFromUrl();

  useEffect(() => {
    document.title = `${t(pageTitleKey(location.pathname))} · ${t('app.title')}`;
  }, [t, location.pathname]);

  const ignored = useIgnoredParams();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          {/* Named by what it shows: "MIC" (all a phone shows) and the title. */}
          <Link to={`/${globalSearch(search)}`} className="brand">
            <span className="brand__mark">MIC</span> <span className="brand__text">{t('app.title')}</span>
          </Link>
          <PreferenceControls />
        </div>
        <SiteNav />
      </header>
      <IgnoredParamsNotice params={ignored} />
      <SyntheticBanner />
      <main id="main" className="site-main" tabIndex={-1}>
        <ViewErrorBoundary key={location.pathname}>
          <Outlet />
        </ViewErrorBoundary>
        {/* Last, so that adding it after hydration moves nothing on the page. */}
        <ChartWidthProbe />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        {entry && <p>{t('app.snapshot', { id: entry.id, date: entry.compiled })}</p>}
        <LazyOfflineStatus />
      </footer>
    </div>
  );
}

/** The page's name for the document title: its navigation label (`/` is the overview), or "not found". */
function pageTitleKey(pathname: string) {
  // `/embed-builder` is `nav.embedBuilder`.
  const page = (pathname.split('/').filter(Boolean)[0] ?? 'overview').replace(/-(\w)/g, (_, c: string) =>
    c.toUpperCase(),
  );
  return Object.hasOwn(en.nav, page) ? (`nav.${page as keyof typeof en.nav}` as const) : 'notFound.title';
}

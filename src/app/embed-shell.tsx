import { useEffect, useMemo } from 'react';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { useTranslation } from '../i18n';
import { fullSitePath, invalidEmbedFlags, parseEmbedFlags } from '../lib/url-state';
import { useIgnoredParams } from '../lib/use-ignored-params';
import { IgnoredParamsNotice } from '../ui/ignored-params-notice';
import { SyntheticBanner } from '../ui/synthetic-banner';
import { ViewErrorBoundary } from '../ui/view-error-boundary';
import { EmbedContext, HEIGHT_MESSAGE, HEIGHT_REQUEST } from '../lib/embed-context';
import { NewTabHint } from '../ui/new-tab-hint';
import { useThemeFromUrl } from './shell/use-theme-from-url';
import { writeRootLanguage } from '../lib/preferences';
import { pagePending } from '../lib/page-gate';

/** A view without the site's navigation, for iframes: compact title, sources, a link back, self-sizing. */
export function EmbedShell() {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const location = useLocation();
  const flags = parseEmbedFlags(search);
  const ignored = useIgnoredParams(invalidEmbedFlags(search));
  const options = useMemo(
    () => ({
      embedded: true,
      hideTitle: flags.hideTitle,
      hideControls: flags.hideControls,
      isStatic: flags.isStatic,
    }),
    [flags.hideTitle, flags.hideControls, flags.isStatic],
  );
  useThemeFromUrl();
  useEffect(() => writeRootLanguage(i18n.language), [i18n.language]);

  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = (force = false) => {
      // Not while a pre-rendered embed waits for the app: its charts are out of the layout then (index.html), so
      // the host's frame would shrink and then grow again. Showing it changes the root's class: posted then.
      if (pagePending()) return;
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last && !force) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height, href: window.location.href }, '*');
    };
    const onRequest = (event: MessageEvent) => {
      const data: unknown = event.data;
      const asked =
        typeof data === 'object' && data !== null && 'type' in data && data.type === HEIGHT_REQUEST;
      if (event.source === window.parent && asked) post(true);
    };
    const observer = new ResizeObserver(() => post());
    observer.observe(document.documentElement);
    // Browsers stop rendering an off-screen cross-origin iframe, and with it ResizeObserver; DOM changes
    // are still observed, and measuring forces layout, so an embed below the fold still reports its height.
    let pending = 0;
    const mutations = new MutationObserver(() => {
      if (!pending) pending = window.setTimeout(() => ((pending = 0), post()), 50);
    });
    // The root too: hydration ends by removing its `app-pending` class, which changes the height.
    mutations.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    window.addEventListener('message', onRequest);
    post();
    return () => {
      observer.disconnect();
      mutations.disconnect();
      window.clearTimeout(pending);
      window.removeEventListener('message', onRequest);
    };
  }, []);

  const full = fullSitePath(location.pathname, location.search);
  return (
    <EmbedContext.Provider value={options}>
      <div className="embed">
        <SyntheticBanner />
        {/* Small and outside every chart frame, so a picture of a chart never carries it. */}
        <IgnoredParamsNotice params={ignored} className="notice notice--embed" />
        <main id="main">
          <ViewErrorBoundary key={location.pathname}>
            <Outlet />
          </ViewErrorBoundary>
        </main>
        <footer className="embed__footer">
          <Link to={full} target="_blank" rel="noopener">
            {t('share.openFull')} <span aria-hidden="true">↗</span>
            <NewTabHint />
          </Link>{' '}
          · {t('app.title')}
        </footer>
      </div>
    </EmbedContext.Provider>
  );
}

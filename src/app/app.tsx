import { useSearchParams } from 'react-router-dom';
import { I18nProvider, type Language } from '../i18n';
import { browserLanguageList, resolveLanguage } from '../lib/preferences';
import { AppRoutes } from './router';
import { useLateFonts } from './use-late-fonts';

interface AppProps {
  /** The language the path names (`/ru/…`), if any. */
  pathLanguage?: Language;
  /** The browser's languages; none at build time. */
  browserLanguages?: readonly string[];
}

/**
 * The whole app inside a router: the language follows the URL, then the path's prefix, then the stored choice,
 * then the browser.
 */
export function App({ pathLanguage, browserLanguages = browserLanguageList() }: AppProps) {
  const [search] = useSearchParams();
  const language = resolveLanguage(search, browserLanguages, pathLanguage);
  const fontRedraws = useLateFonts();
  return (
    <I18nProvider language={language}>
      <AppRoutes key={fontRedraws} />
    </I18nProvider>
  );
}

import { useSearchParams } from 'react-router-dom';
import { I18nProvider } from '../i18n';
import { resolveLanguage } from '../lib/preferences';
import { AppRoutes } from './router';

/** The whole app inside a router: the language follows the URL, then the stored choice, then the browser. */
export function App() {
  const [search] = useSearchParams();
  const language = resolveLanguage(search, navigator.languages ?? [navigator.language]);
  return (
    <I18nProvider language={language}>
      <AppRoutes />
    </I18nProvider>
  );
}

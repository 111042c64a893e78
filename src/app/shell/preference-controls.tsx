import { useTranslation } from '../../i18n';
import { Link, useSearchParams } from 'react-router-dom';
import { LANGUAGES, type Language } from '../../i18n';
import { globalSearch, withParams, type Theme } from '../../lib/url-state';
import { LANG_KEY, remember, resolveTheme, THEME_KEY } from '../../lib/preferences';
import { SegmentedControl } from '../../charts/segmented-control';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

/** Language and theme pickers; both write the URL so that a copied link keeps the choice. */
export function PreferenceControls() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const theme = resolveTheme(search) ?? 'system';

  const setLanguage = (lang: Language) => {
    remember(LANG_KEY, lang);
    setSearch(withParams(search, { lang }), { replace: true });
  };
  const setTheme = (value: Theme | 'system') => {
    remember(THEME_KEY, value === 'system' ? null : value);
    setSearch(withParams(search, { theme: value === 'system' ? undefined : value }), { replace: true });
  };

  return (
    <div className="preferences">
      <Link className="present-link" to={`/present${globalSearch(search)}`}>
        <span aria-hidden="true">▶</span> {t('present.start')}
      </Link>
      <SegmentedControl
        className="lang-switch"
        buttonClassName="lang-switch__button"
        label={t('app.language')}
        options={LANGUAGES}
        pressed={(lang) => i18n.language === lang}
        onChange={setLanguage}
        buttonProps={(lang) => ({ lang })}
      >
        {(lang) => (
          <>
            <span aria-hidden="true">{lang.toUpperCase()}</span>
            <span className="visually-hidden">{LANGUAGE_NAMES[lang]}</span>
          </>
        )}
      </SegmentedControl>
      <label className="theme-select">
        <span className="visually-hidden">{t('app.theme')}</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme | 'system')}>
          <option value="system">{t('app.themeSystem')}</option>
          <option value="light">{t('app.themeLight')}</option>
          <option value="dark">{t('app.themeDark')}</option>
        </select>
      </label>
    </div>
  );
}

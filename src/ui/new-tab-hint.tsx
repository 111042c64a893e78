import { useTranslation } from '../i18n';

/** Says, to screen readers, that a `target="_blank"` link opens a new tab. */
export function NewTabHint() {
  const { t } = useTranslation();
  return <span className="visually-hidden"> ({t('app.newTab')})</span>;
}

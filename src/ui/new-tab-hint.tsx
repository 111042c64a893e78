import { useTranslation } from '../i18n';

/** Says, to screen readers, that a `target="_blank"` link opens a new tab. */
export function NewTabHint() {
  const { t } = useTranslation();
  // One string: text and expressions side by side would put a comment between each in the pre-rendered HTML.
  return <span className="visually-hidden">{` (${t('app.newTab')})`}</span>;
}

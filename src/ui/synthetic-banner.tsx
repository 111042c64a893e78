import { useSnapshot } from '../lib/snapshot.queries';
import { useTranslation } from '../i18n';

/** Every screen that shows a synthetic snapshot says so: the site, an embed, a slide deck. */
export function SyntheticBanner() {
  const { t } = useTranslation();
  const { snapshot } = useSnapshot();
  if (!snapshot?.synthetic) return null;
  return (
    <p className="synthetic-banner" role="note">
      {t('chart.synthetic')}
    </p>
  );
}

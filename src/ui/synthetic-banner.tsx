import { lazy, Suspense } from 'react';
import { useSnapshot } from '../lib/snapshot.queries';
import { useTranslation } from '../i18n';

// Only a snapshot the user opened needs it, so it loads then, not with every page.
const OwnSnapshotBanner = lazy(() => import('./own-snapshot-banner'));

/**
 * Every screen that shows a synthetic snapshot says so: the site, an embed, a slide deck. Each also names a
 * snapshot the user opened as theirs and not published.
 */
export function SyntheticBanner() {
  const { t } = useTranslation();
  const { snapshot, entry } = useSnapshot();
  return (
    <>
      {entry?.own && (
        <Suspense fallback={null}>
          <OwnSnapshotBanner entry={entry} />
        </Suspense>
      )}
      {/* A landmark of its own, as the own-snapshot banner: it sits between the header and the main content. */}
      {snapshot?.synthetic && (
        <section className="synthetic-banner" aria-label={t('chart.syntheticLabel')}>
          <p role="note">{t('chart.synthetic')}</p>
        </section>
      )}
    </>
  );
}

import { useEffect } from 'react';
import { applyUpdate, registerServiceWorker, useOfflineState } from './service-worker';
import { useOfflineText } from './text';
import './offline.css';

/**
 * "Available offline" once the site is saved, and the update prompt when a new build is waiting. The prompt's
 * live region is in the page from the start, so screen readers announce it when it fills (politely).
 */
export function OfflineStatus({ showReady = true }: { showReady?: boolean }) {
  const t = useOfflineText();
  const { ready, updateWaiting } = useOfflineState();
  useEffect(() => void registerServiceWorker(), []);
  return (
    <>
      {showReady && ready && (
        <p className="offline-ready" title={t('readyHint')} data-testid="offline-ready">
          {t('ready')}
        </p>
      )}
      <div role="status" aria-live="polite" className="offline-update">
        {updateWaiting && (
          <p className="offline-update__bar">
            {t('update')}{' '}
            <button type="button" className="button" onClick={applyUpdate}>
              {t('reload')}
            </button>
          </p>
        )}
      </div>
    </>
  );
}

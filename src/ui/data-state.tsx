import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n';
import { pluralForm } from '../i18n/plural';
import { FetchError, SnapshotError } from '../data/errors';

/** After this long, the loading line names the file it is waiting for. */
export const SLOW_LOADING_MS = 3000;

/**
 * A polite loading line, announced to screen readers; after 3 s it names the file still loading, so a slow
 * network is not mistaken for a broken page. Give it a `key` per file so the wait restarts with each file.
 */
export function Loading({ file }: { file?: string }) {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!file) return;
    const timer = setTimeout(() => setSlow(true), SLOW_LOADING_MS);
    return () => clearTimeout(timer);
  }, [file]);
  return (
    <p className="status status--loading" role="status">
      {slow && file ? t('status.slow', { file }) : t('status.loading')}
    </p>
  );
}

/** Says exactly what went wrong with a data file (file, HTTP status or JSON paths) and offers a retry, if one can help. */
/** `title` replaces "The data could not be loaded" where nothing failed to load (a file the user chose). */
export function DataError({ error, onRetry, title }: { error: Error; onRetry?: () => void; title?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="status status--error" role="alert">
      <h2>{title ?? t('status.errorTitle')}</h2>
      {error instanceof SnapshotError ? (
        <>
          <p>
            {t(`status.invalid.${pluralForm(i18n.language, error.problems.length)}`, {
              file: error.file,
              count: error.problems.length,
            })}
          </p>
          <ul className="problem-list">
            {error.problems.slice(0, 50).map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </>
      ) : error instanceof FetchError ? (
        <p>
          {t('status.fetchFailed', {
            file: error.file,
            detail: error.message.replace(`${error.file}: `, ''),
          })}
        </p>
      ) : (
        <p>{error.message}</p>
      )}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('status.retry')}
        </button>
      )}
    </div>
  );
}

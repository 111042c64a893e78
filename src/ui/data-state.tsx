import { useTranslation } from '../i18n';
import { pluralForm } from '../i18n/plural';
import { FetchError, SnapshotError } from '../data/snapshot';

/** A polite loading line; announced once to screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status status--loading" role="status">
      {t('status.loading')}
    </p>
  );
}

/** Says exactly what went wrong with a data file (file, HTTP status or JSON paths) and offers a retry. */
export function DataError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="status status--error" role="alert">
      <h2>{t('status.errorTitle')}</h2>
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
      <button type="button" className="button" onClick={onRetry}>
        {t('status.retry')}
      </button>
    </div>
  );
}

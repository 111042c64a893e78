import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from '../i18n';
import { useEmbed } from '../lib/embed-context';
import { ownSnapshotQueryOptions, type SnapshotEntry } from '../lib/snapshot.queries';
import { useOwnSnapshotText } from './own-snapshot.text';
import './own-snapshot.css';

/**
 * On every page showing a snapshot the user opened: whose data this is, and the ways back to the published
 * data. An embed names it without the buttons (its reader did not open the file). Text from the file is
 * rendered as text only. The default export, so that the shell's lazy import of it is as short as can be.
 */
export default function OwnSnapshotBanner({ entry }: { entry: SnapshotEntry }) {
  const ot = useOwnSnapshotText();
  const { i18n } = useTranslation();
  const { embedded } = useEmbed();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const title = entry.title[i18n.language];

  const backToPublished = () => {
    const search = new URLSearchParams(location.search);
    search.delete('snapshot');
    const query = search.toString();
    return navigate({ pathname: location.pathname, search: query ? `?${query}` : '' });
  };
  const remove = async () => {
    // Away from it first, so no view asks for the snapshot while it is being removed.
    await backToPublished();
    const { removeOwnSnapshot } = await import('../data/own-snapshots');
    await removeOwnSnapshot(entry.id);
    queryClient.removeQueries({ queryKey: ownSnapshotQueryOptions(entry.id).queryKey });
  };

  // The published data (the default `a`) beside this file, keeping the reader's language and theme.
  const compare = new URLSearchParams({ b: entry.id });
  for (const key of ['lang', 'theme']) {
    const value = new URLSearchParams(location.search).get(key);
    if (value) compare.set(key, value);
  }

  return (
    // A landmark of its own, named, so that it is found (and not left outside every landmark) by screen readers.
    <section className="own-banner" aria-label={ot('bannerLabel')}>
      <p className="own-banner__text">
        <strong>{ot('banner', { title, origin: entry.file })}</strong>
        {!embedded && <span className="own-banner__hint"> {ot('bannerHint')}</span>}
      </p>
      {!embedded && (
        <div className="cluster own-banner__actions">
          <button type="button" className="button" onClick={() => void backToPublished()}>
            {ot('backToPublished')}
          </button>
          <Link className="button" to={`/compare?${compare.toString()}`}>
            {ot('compareWithPublished')}
          </Link>
          <button type="button" className="button" onClick={() => void remove()}>
            {ot('remove')}
          </button>
        </div>
      )}
    </section>
  );
}

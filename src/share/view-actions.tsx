import { lazy, Suspense, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useSnapshot } from '../lib/snapshot.queries';
import { useTranslation } from '../i18n';
import { resolveTheme } from '../lib/preferences';
import { copyText } from './copy-text';
import { builderPath, embedSnippet, embedUrl, shareUrl } from './share-links';
import { Chip } from '../ui/chip';
import { useOwnSnapshotText } from '../ui/own-snapshot.text';
import { useSnapshotDrop } from './use-snapshot-drop';

// The citation formats load when "Cite this" is first opened: most readers never open it.
const CitePanel = lazy(() => import('./cite-panel').then((m) => ({ default: m.CitePanel })));
// So does "Open a snapshot" (the IndexedDB store and its checks) when it is opened or a file is dragged in.
const OpenSnapshotPanel = lazy(() =>
  import('./open-snapshot-panel').then((m) => ({ default: m.OpenSnapshotPanel })),
);
const SnapshotDropOverlay = lazy(() =>
  import('./open-snapshot-panel').then((m) => ({ default: m.SnapshotDropOverlay })),
);

/**
 * Copy link, Copy embed code, the embed builder, Cite this and Open a snapshot, for one page. With `acceptDrop`, a snapshot file
 * dropped anywhere on the page is opened too.
 */
export function ViewActions({
  title,
  embeddable = true,
  acceptDrop = false,
}: {
  title: string;
  embeddable?: boolean;
  acceptDrop?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const { pathname, search: rawSearch } = useLocation(); // re-render when the URL (and so the shared state) changes
  const { snapshot, entry } = useSnapshot();
  const ot = useOwnSnapshotText();
  const [openOpen, setOpenOpen] = useState(false);
  const { dragging, dropped, forget } = useSnapshotDrop(acceptDrop, setOpenOpen);
  const [status, setStatus] = useState<string>('');
  const [citeOpen, setCiteOpen] = useState(false);
  const theme = resolveTheme(search);
  const href = () => shareUrl(window.location.href, i18n.language, theme);

  const copy = (text: string, done: string) =>
    void copyText(text).then((ok) => setStatus(ok ? done : t('share.copyFailed', { text })));

  return (
    <div className="view-actions">
      <div className="cluster view-actions__buttons">
        <Chip onClick={() => copy(href(), t('share.linkCopied'))}>{t('share.copyLink')}</Chip>
        {embeddable && (
          <Chip
            onClick={() =>
              copy(
                embedSnippet(
                  embedUrl(window.location.href, import.meta.env.BASE_URL, i18n.language, theme),
                  title,
                ),
                t('share.embedCopied'),
              )
            }
          >
            {t('share.copyEmbed')}
          </Chip>
        )}
        {embeddable && (
          // Copying at once stays (the whole view, as it is); the builder is for one chart, a size, a picture.
          <Link className="chip" to={builderPath(pathname.slice(1), rawSearch, i18n.language, theme)}>
            {t('nav.embedBuilder')}
          </Link>
        )}
        <Chip aria-expanded={citeOpen} onClick={() => setCiteOpen((o) => !o)}>
          {t('share.citeThis')}
        </Chip>
        <Chip
          aria-expanded={openOpen}
          onClick={() => {
            forget();
            setOpenOpen((o) => !o);
          }}
        >
          {ot('open')}
        </Chip>
        <span role="status" className="view-actions__status">
          {status}
        </span>
      </div>
      {citeOpen && snapshot && (
        <Suspense fallback={null}>
          <CitePanel snapshot={snapshot} own={entry?.own ? entry : undefined} url={href()} />
        </Suspense>
      )}
      {openOpen && (
        <Suspense fallback={null}>
          <OpenSnapshotPanel key={dropped.count} dropped={dropped.file} />
        </Suspense>
      )}
      {dragging && (
        <Suspense fallback={null}>
          <SnapshotDropOverlay />
        </Suspense>
      )}
    </div>
  );
}

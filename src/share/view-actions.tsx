import { lazy, Suspense, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useSnapshot } from '../lib/snapshot.queries';
import { useTranslation } from '../i18n';
import { resolveTheme } from '../lib/preferences';
import { copyText } from './copy-text';
import { builderPath, embedSnippet, embedUrl, shareUrl } from './share-links';
import { Chip } from '../ui/chip';

// The citation formats load when "Cite this" is first opened: most readers never open it.
const CitePanel = lazy(() => import('./cite-panel').then((m) => ({ default: m.CitePanel })));

/** Copy link, Copy embed code, the embed builder and Cite this, for one page. */
export function ViewActions({ title, embeddable = true }: { title: string; embeddable?: boolean }) {
  const { t, i18n } = useTranslation();
  const [search] = useSearchParams();
  const { pathname, search: rawSearch } = useLocation(); // re-render when the URL (and so the shared state) changes
  const { snapshot } = useSnapshot();
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
        <span role="status" className="view-actions__status">
          {status}
        </span>
      </div>
      {citeOpen && snapshot && (
        <Suspense fallback={null}>
          <CitePanel snapshot={snapshot} url={href()} />
        </Suspense>
      )}
    </div>
  );
}

import { Suspense, useCallback, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { EmbedContext } from '../lib/embed-context';
import { pageElement, preloadPage, preloadedPageElement } from '../app/pages';
import { HeldSuspense } from '../app/held-suspense';
import { useSnapshot } from '../lib/snapshot.queries';
import { useTranslation } from '../i18n';
import { VIEW_IDS, type ViewId } from '../lib/paths';
import { globalSearch } from '../lib/url-state';
import { useViewParams } from '../lib/use-view-params';
import { Loading } from '../ui/data-state';
import { useIgnoredParams } from '../lib/use-ignored-params';
import { IgnoredParamsNotice } from '../ui/ignored-params-notice';
import { SyntheticBanner } from '../ui/synthetic-banner';
import { ViewErrorBoundary } from '../ui/view-error-boundary';
import { PRESENT_PARAMS } from './present-params';
import { usePrinting } from '../charts/use-printing';
import { slideSummary, talkingPoints } from './talking-points';
import { Chip } from '../ui/chip';
import { LazyOfflineStatus } from '../offline/lazy-offline-status';

const SLIDE_OPTIONS = { embedded: true, hideTitle: false, hideControls: true };

/** A full-screen deck, one view per slide: ←/→/space to move, Esc to leave, N for notes, F for full screen. */
export default function PresentRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { values, update, invalid } = useViewParams(PRESENT_PARAMS);
  const { snapshot } = useSnapshot();
  const [choosing, setChoosing] = useState(false);
  const printing = usePrinting();
  const views = values.views.length > 0 ? values.views : VIEW_IDS;
  // A slide beyond the deck is reported (below) and, like any unrecognised value, falls back to the default.
  const index = values.slide > views.length ? 0 : values.slide - 1;
  const view = views[index] ?? 'growth';
  const keep = globalSearch(useLocation().search);
  const beyondDeck = values.slide > views.length ? [{ name: 'slide', raw: String(values.slide) }] : [];
  const ignored = useIgnoredParams([...invalid, ...beyondDeck]);

  // Read from the live URL: a key pressed right after another must see that one's change.
  const toggleNotes = useCallback(
    () => update({ notes: new URLSearchParams(window.location.search).get('notes') === '0' ? '1' : '0' }),
    [update],
  );
  const go = useCallback(
    (n: number) => update({ slide: Math.max(1, Math.min(views.length, n)) }),
    [update, views.length],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('input, select, textarea')) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go(index + 2);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(index);
      else if (e.key === 'Home') go(1);
      else if (e.key === 'End') go(views.length);
      else if (e.key === 'Escape') void navigate(`/${view}${keep}`);
      else if (e.key === 'n' || e.key === 'N') toggleNotes();
      else if (e.key === 'f' || e.key === 'F')
        void document.documentElement.requestFullscreen?.().catch(() => {});
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, views.length, navigate, view, keep, toggleNotes]);

  // Fetch every slide's code now, so that printing the deck can lay out all slides at once.
  const deck = views.join(',');
  useEffect(() => {
    for (const id of deck.split(',')) void preloadPage(id).catch(() => {});
  }, [deck]);

  useEffect(() => {
    document.title = `${index + 1}/${views.length} · ${t(`nav.${view}`)} · ${t('app.title')}`;
  }, [index, views.length, view, t]);

  const points = snapshot ? talkingPoints(view, snapshot, i18n.language, t) : [];
  const summary = snapshot ? slideSummary(view, snapshot, i18n.language) : [];

  return (
    <div className="deck">
      <header className="deck__bar">
        <span className="deck__count" aria-live="polite">
          {t('present.slideOf', { n: index + 1, total: views.length })} · <strong>{t(`nav.${view}`)}</strong>
        </span>
        <div className="deck__buttons">
          <Chip onClick={() => go(index)} disabled={index === 0}>
            ← {t('present.previous')}
          </Chip>
          <Chip onClick={() => go(index + 2)} disabled={index === views.length - 1}>
            {t('present.next')} →
          </Chip>
          <Chip
            pressed={values.notes === '1'}
            onClick={() => update({ notes: values.notes === '1' ? '0' : '1' })}
          >
            {t('present.notes')}
          </Chip>
          <Chip aria-expanded={choosing} onClick={() => setChoosing((c) => !c)}>
            {t('present.choose')}
          </Chip>
          <Link className="chip" to={`/${view}${keep}`}>
            {t('present.exit')}
          </Link>
        </div>
      </header>
      {choosing && (
        <fieldset className="deck__chooser">
          <legend>{t('present.chooseLegend')}</legend>
          {VIEW_IDS.map((id: ViewId) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={views.includes(id)}
                onChange={(e) => {
                  const next = e.target.checked
                    ? VIEW_IDS.filter((v) => v === id || views.includes(v))
                    : views.filter((v) => v !== id);
                  if (next.length > 0) update({ views: next, slide: 1 });
                }}
              />{' '}
              {t(`nav.${id}`)}
            </label>
          ))}
        </fieldset>
      )}
      <IgnoredParamsNotice params={ignored} />
      <SyntheticBanner />
      <main className="deck__slide" id="main">
        <EmbedContext.Provider value={SLIDE_OPTIONS}>
          {printing ? (
            // Printing the deck prints every slide, one per page.
            views.map((id) => (
              <div key={id} className="deck__print-slide">
                <ViewErrorBoundary>
                  {preloadedPageElement(id) ?? <Suspense fallback={<Loading />}>{pageElement(id)}</Suspense>}
                </ViewErrorBoundary>
              </div>
            ))
          ) : (
            <ViewErrorBoundary key={view}>
              <HeldSuspense fallback={<Loading />}>{pageElement(view)}</HeldSuspense>
            </ViewErrorBoundary>
          )}
        </EmbedContext.Provider>
      </main>
      {values.notes === '1' && (
        <aside className="deck__notes" aria-label={t('present.notes')}>
          <h2>{t('present.talkingPoints')}</h2>
          <ul>
            {points.map((p, i) => (
              <li key={i}>
                <strong>{p.label}:</strong> {p.value} <span className="muted">({p.source})</span>
              </li>
            ))}
            {summary.map((line, i) => (
              <li key={`s${i}`}>{line}</li>
            ))}
          </ul>
          <p className="muted">{t('present.keys')}</p>
        </aside>
      )}
      {/* The deck registers the worker too (it may be the one page opened before a talk); no offline note on
          the slides, only the update prompt. */}
      <LazyOfflineStatus showReady={false} />
    </div>
  );
}

import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app';
import { Providers } from './providers';
import { showPage } from './page-ready';
import { applyTheme, browserLanguageList, resolveLanguage, resolveTheme } from '../lib/preferences';
import { createQueryClient } from '../lib/react-query';
import { prefetchDefaultSnapshot } from '../lib/snapshot.queries';
import { sameSnapshot } from '../data/fingerprint';
import { splitLanguagePath } from '../lib/url-state';
import { fontsReady } from '../styles/fonts';
import { rememberExpectedWidth } from '../charts/expected-width';
import { loadLanguage } from '../i18n';
import { prepareDateFormats, seedWrittenDates } from '../i18n/format';
import { pageTables } from './page-table';
import { preloadRoute } from './route-pages';
import { nextTask } from '../lib/next-task';

const search = new URLSearchParams(window.location.search);
// Applied before the first render so the page never flashes in the wrong theme.
applyTheme(resolveTheme(search));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const base = import.meta.env.BASE_URL;
const routerPath = `/${window.location.pathname.slice(base.length)}`;
/** `/growth/` and `/growth` are one page (static hosts differ in which they redirect to). */
const samePath = (a: string, b: string) => a.replace(/(.)\/$/, '$1') === b.replace(/(.)\/$/, '$1');
const { lang: pathLanguage, path: pagePath } = splitLanguagePath(routerPath);
const language = resolveLanguage(search, browserLanguageList(), pathLanguage);
const queryClient = createQueryClient();

/** How long a page rendered afresh waits for its data before it is drawn saying that it is loading. */
const FRESH_RENDER_WAIT_MS = 1000;
const delay = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

/**
 * A page pre-rendered at build time (scripts/prerender/) is hydrated when it shows what this URL asks for: the
 * same path, no options in the search and the same language. Otherwise (a link with options, an unknown path
 * answered with the overview's HTML, a stored choice of the other language) the app renders afresh.
 */
async function canHydrate(): Promise<boolean> {
  const samePage =
    root?.dataset.prerendered === language &&
    samePath(root.dataset.path ?? '', routerPath) &&
    window.location.search === '';
  const tables = samePage ? pageTables(root) : null;
  // Rendered afresh: the dates are written with Intl, whose first format is made now, while the data is read.
  if (!tables) setTimeout(() => prepareDateFormats(language), 0);
  // A page that names another snapshot reads that one itself.
  const reading = search.has('snapshot') ? Promise.resolve(undefined) : prefetchDefaultSnapshot(queryClient);
  let snapshot;
  try {
    // A page rendered afresh waits for the data too, for a while: a view first drawn without it is drawn again
    // when it arrives, whole and in one task (react-query's updates reach React as store updates, never a
    // transition), about a second at 100× the data. Past the wait, it says it is loading (ui/data-state.tsx).
    snapshot = await (tables ? reading : Promise.race([reading, delay(FRESH_RENDER_WAIT_MS)]));
  } catch {
    return false; // the fresh render shows the error and its retry button
  }
  // Data updated since the build: the HTML shows other figures, so render afresh.
  if (!tables || !snapshot || !sameSnapshot(snapshot, root?.dataset.snapshot)) return false;
  // Label widths as the HTML was laid out with: without them the charts could be drawn a pixel apart from it.
  const { textWidths: widths, writtenDates: dates } = await tables;
  if (widths === null) return false;
  // The dates the HTML writes: the first Intl date format a page makes costs 30–50 ms (i18n/format.ts). A
  // broken table only costs that: Intl writes the same dates.
  if (dates) seedWrittenDates(dates);
  // Loaded only here: the overview has no chart labels, so text measuring stays out of its first load.
  if (widths) {
    const { seedTextWidths } = await import('../charts/text-measure');
    seedTextWidths(widths as Record<string, number>);
  }
  return true;
}

// The first render waits for the font (at most 1.5 s; index.html preloads it), so text is never laid out in a
// fallback face and then shifted.
// Asking for the data and checking the fonts are each a task of their own (see main.tsx).
await nextTask();
const hydrating = canHydrate();
await nextTask();
// The page's own chunks too: without them its first render draws a loading line that React keeps for 300 ms
// (app/lazy-page.ts). A chunk that fails or lags is left to the page's own loading line and error boundary.
const chunks = preloadRoute(pagePath).catch(() => undefined);
const [hydrate] = await Promise.all([
  hydrating,
  fontsReady(),
  loadLanguage(language),
  Promise.race([chunks, delay(FRESH_RENDER_WAIT_MS)]),
]);

const app = (
  <StrictMode>
    <Providers queryClient={queryClient}>
      {/* URL changes render at once, not as a transition: view options live in the URL, and a second
          change made before a deferred render lands (chart kind, then sort) would be built on the old URL
          and undo the first. */}
      <BrowserRouter basename={pathLanguage ? `${base}${pathLanguage}` : base} useTransitions={false}>
        <App pathLanguage={pathLanguage} />
      </BrowserRouter>
    </Providers>
  </StrictMode>
);

// A hydrated page is shown by its view once it has measured itself (app/router.tsx); a fresh render at once.
// Hydrated as a transition: React then yields to the browser every few milliseconds instead of taking over the main
// thread in one long task (a plain hydrateRoot renders at a blocking priority), so a tap on a pre-rendered page
// is answered while the rest is still being taken over.
if (hydrate) startTransition(() => void hydrateRoot(root, app));
else {
  rememberExpectedWidth();
  root.replaceChildren();
  // Also a transition, for the same reason: a snapshot ten times the shipped one took 200-370 ms in one task.
  startTransition(() => createRoot(root).render(app));
  showPage();
}

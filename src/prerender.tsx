/**
 * The build-time render (scripts/prerender/): one page of the app as HTML, drawn by the same components as in
 * the browser, with the shipped snapshot already in the query cache, so the HTML holds the page's headings,
 * figures, charts and tables. Built by vite as an SSR bundle and run in Node; never shipped to the browser.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { App } from './app/app';
import { Providers } from './app/providers';
import { measuredTextWidths, setTextMeasurer, type TextMeasurer } from './charts/text-measure';
import {
  heightRanges,
  pendingHeightCss,
  SizedChartContext,
  type SizedChartCollector,
} from './charts/pending-heights';
import type { Catalogue, Snapshot } from './data/schema';
import { parseCatalogue, parseSnapshot } from './data/snapshot';
import { snapshotFingerprint } from './data/fingerprint';
import type { Language } from './lib/language';
import { PAGE_IDS, type PageId } from './lib/paths';
import { registerCatalog, translator } from './i18n';
import { takeWrittenDates } from './i18n/format';
import { ru } from './i18n/ru';
import { createQueryClient } from './lib/react-query';
import { catalogueQueryOptions, snapshotQueryOptions } from './lib/snapshot.queries';

// Node renders every language; the browser loads the one it shows.
registerCatalog('ru', ru);

export interface PrerenderData {
  catalogue: Catalogue;
  snapshot: Snapshot;
  /** The catalogue entry's file name, the snapshot query's key. */
  snapshotFile: string;
  /** Its fingerprint (data/fingerprint.ts), worked out once for all pages. */
  fingerprint: string;
}

/** Reads the shipped data exactly as the browser does (schema and consistency checks included). */
export function parseShippedData(catalogueText: string, read: (file: string) => string): PrerenderData {
  const catalogue = parseCatalogue('index.json', catalogueText);
  const entry = catalogue.snapshots.find((s) => s.id === catalogue.default);
  if (!entry) throw new Error('index.json names no default snapshot');
  const snapshot = parseSnapshot(entry.file, read(entry.file));
  return { catalogue, snapshot, snapshotFile: entry.file, fingerprint: snapshotFingerprint(snapshot) };
}

export interface RenderedPage {
  html: string;
  /** The snapshot it shows (data/fingerprint.ts): the browser hydrates only over the same data. */
  fingerprint: string;
  /** The label widths the page was laid out with (see charts/text-measure.ts). */
  textWidths: Record<string, number>;
  /** The dates its HTML writes, so that hydrating it needs no Intl (see i18n/format.ts). */
  writtenDates: ReturnType<typeof takeWrittenDates>;
  /** The heights its sized charts take at each width, as CSS for its head (charts/pending-heights.ts). */
  sizedStyle: string;
}

/** Renders `path` (the app's own path, e.g. `/growth`) in `lang`, waiting for every lazy page and chart. */
export async function renderPage(
  path: string,
  lang: Language,
  data: PrerenderData,
  measure: TextMeasurer,
): Promise<RenderedPage> {
  setTextMeasurer(measure);
  takeWrittenDates(); // only this page's dates: the build renders every page in one process
  // As src/app/start.tsx routes in the browser: Russian pages live under `<base>ru/`.
  const base = import.meta.env.BASE_URL;
  const basename = lang === 'en' ? base : `${base}${lang}`;
  const queryClient = createQueryClient({ retry: false });
  queryClient.setQueryData(catalogueQueryOptions().queryKey, data.catalogue);
  queryClient.setQueryData(snapshotQueryOptions(data.snapshotFile).queryKey, data.snapshot);
  const errors: unknown[] = [];
  const sized = new Map<string, string>();
  const collectSized: SizedChartCollector = (frameId, heightAt) => {
    if (!sized.has(frameId)) sized.set(frameId, pendingHeightCss(frameId, heightRanges(heightAt)));
  };
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <SizedChartContext value={collectSized}>
        <Providers queryClient={queryClient}>
          <StaticRouter basename={basename} location={`${basename.replace(/\/$/, '')}${path}`}>
            <App pathLanguage={lang} browserLanguages={[]} />
          </StaticRouter>
        </Providers>
      </SizedChartContext>
    </StrictMode>,
    {
      // An error would leave a fallback in the HTML: fail the build instead of shipping it.
      onError: (error) => void errors.push(error),
      // Every boundary inline, never as a fallback plus a hidden copy that a script swaps in: the page must
      // read right with JavaScript off. (React moves boundaries over this many bytes out of line.)
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  if (errors.length > 0) throw new Error(`prerender ${lang} ${path}`, { cause: errors[0] });
  // Decoded as one stream: a chunk may end inside a multi-byte (Cyrillic) character.
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of prelude as AsyncIterable<Uint8Array>)
    html += decoder.decode(chunk, { stream: true });
  html += decoder.decode();
  const textWidths = measuredTextWidths();
  setTextMeasurer(undefined);
  return {
    html,
    textWidths,
    writtenDates: takeWrittenDates(),
    fingerprint: data.fingerprint,
    sizedStyle: [...sized.values()].join(''),
  };
}

/** The page's title as the shell sets it in the browser, and what its meta tags and card need besides. */
export function pageHead(path: string, lang: Language) {
  const t = translator(lang);
  const page = path.replace(/^\/(embed\/)?/, '').split('/')[0] ?? '';
  const name = (PAGE_IDS as readonly string[]).includes(page)
    ? t(`nav.${page as PageId}`)
    : page === 'present'
      ? t('present.start')
      : t('nav.overview');
  return {
    name,
    title: `${name} · ${t('app.title')}`,
    appTitle: t('app.title'),
    description: t('app.subtitle'),
  };
}

import { defineConfig, type Plugin } from 'vite';
import { csp } from './scripts/csp.mjs';
import { deferredStart } from './scripts/deferred-start.mjs';
import { minifyInline } from './scripts/inline-minify.mjs';
import react from '@vitejs/plugin-react';
import { prerenderPages } from './scripts/prerender/plugin.ts';
import { PRELOADED_SUBSETS, usedFaceFile } from './scripts/prerender/page-faces.ts';
import { offlineSupport } from './scripts/pwa.ts';

// BASE_PATH lets the same build be served from a sub-path (e.g. /mic/ on a static host).
const base = process.env.BASE_PATH ?? '/';

// The faces every page's first paint needs (src/styles/fonts.ts), cut down to the characters the dashboard
// writes (scripts/build-used-fonts.mjs): fetched alongside the style sheets, not after them.
const PRELOADED_FONTS = PRELOADED_SUBSETS.map(usedFaceFile);

/** Modules of the kit that every view page (not the overview) runs. */
const VIEW_KIT_MODULES =
  /src\/(ui\/chip|share\/(view-actions|copy-text|share-links)|charts\/(sortable-table|table-row|windowing|use-table-order|text-column|figure-columns|view-params))\.tsx?$/;

/** Script modules every page runs before its view: the app shell, URL state, i18n, data loading. */
const SHELL_MODULES = new RegExp(
  [
    // …except the pages only an embed link opens, and the lookup of a second snapshot (/compare, ?compare=),
    // which load on demand.
    '/src/(app|lib)/(?!embed-chart|embed-index|snapshot-by-id|start)',
    '/src/i18n/(index|en|format|plural)\\.ts$',
    // The schema, its validator (zod) and the checks run in the data worker (src/data/data.worker.ts), not here.
    '/src/data/(schema-enums|errors|fetch-data-file|load-data|data-worker-protocol|walk-figures|sources|partner-regions)\\.ts$',
    '/src/styles/(fonts|face-picking)\\.ts$',
    '/src/ui/(data-state|view-error-boundary|synthetic-banner|citation-text|new-tab-hint)\\.tsx$',
    '/src/charts/segmented-control\\.tsx$',
  ].join('|'),
);

function preloadFonts(): Plugin {
  return {
    name: 'mic:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter((f) => PRELOADED_FONTS.some((re) => re.test(f)));
        if (files.length !== PRELOADED_FONTS.length)
          throw new Error(
            `font preload: expected ${PRELOADED_FONTS.length} font files, found ${files.length}`,
          );
        return files.map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `${base}${f}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  base,
  plugins: [
    react(),
    preloadFonts(),
    deferredStart(),
    minifyInline(),
    csp(),
    prerenderPages(),
    offlineSupport(),
  ],
  // The data worker is a module (the starter in index.html creates it so): its checks, the schema and its
  // validator, are a chunk it loads while it reads the data (data-worker-answer.ts).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // A small font inlined into a style sheet would be fetched by every page, drawn with it or not; as a file it
    // is fetched only by a page that draws one of its characters.
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
    // The manifest lets scripts/bundle-report.mjs measure what each route really loads.
    manifest: true,
    rolldownOptions: {
      output: {
        // Left alone, the bundler cuts the shell's shared modules into a dozen tiny chunks (one per
        // module a view also imports), each a request and a gzip frame of its own. Everything the first
        // page needs anyway goes into one "shell" chunk instead; the views keep their own chunks.
        // The view kit every view page loads (share buttons, chips, sortable tables) goes in one "kit"
        // chunk for the same reason.
        codeSplitting: {
          groups: [
            // React DOM's client, its scheduler and react-dom's small entry (flushSync, createPortal, which
            // the client requires) on their own: the entry evaluates them in a task of their own (src/main.tsx).
            // Left to the bundler, the small entry could be folded into the kit, which the first page would
            // then load whole for it.
            {
              name: 'react-client',
              test: /\/node_modules\/(react-dom\/(client\.js|cjs\/react-dom-client\.production\.js)|scheduler\/)/,
              priority: 2,
            },
            { name: 'shell', test: SHELL_MODULES },
            { name: 'kit', test: VIEW_KIT_MODULES },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});

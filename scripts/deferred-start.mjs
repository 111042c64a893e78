// The built pages start the app after their first paint (index.html's inline starter), so the pre-rendered
// page shows before any script is fetched or run: on a phone the style sheets and fonts the first paint needs
// no longer share the connection with 120 kB of JavaScript, and the script's work comes after the paint.
// The build's entry script and module preloads become inert <meta> tags that the starter turns back into a
// module script and preloads.

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)"\s*\/?>/g;

/**
 * `html` with its entry script and module preloads turned into the starter's <meta name="app-…"> tags, and an
 * `app-worker` tag for each of `workers` (script URLs): the starter creates the data worker beside the entry,
 * and the worker reads the data files under `base` while the app's code loads, instead of once it has run
 * (0.4 s later at 1×, more at 100×).
 */
export function deferAppStart(html, workers = [], base = '/') {
  const entries = [...html.matchAll(ENTRY)];
  if (entries.length !== 1)
    throw new Error(`deferred start: expected one entry script, found ${entries.length}`);
  return html
    .replace(
      ENTRY,
      ['<meta name="app-entry" content="$1" />', ...workers.map((w) => appWorkerTag(w, base))].join('\n    '),
    )
    .replace(PRELOAD, '<meta name="app-module" content="$1" />');
}

/** The <meta> from which the starter creates the data worker, with the base URL the data files are under. */
export const appWorkerTag = (href, base) =>
  `<meta name="app-worker" content="${href}" data-base="${base}" />`;

/** The data worker's script (src/data/data.worker.ts), which the bundler emits beside the chunks. */
export const DATA_WORKER = /(^|\/)data\.worker-[\w-]+\.js$/;

/** A <meta> for one more module the starter preloads (the Russian catalogue on Russian pages). */
export const appModuleTag = (href) => `<meta name="app-module" content="${href}" />`;

/** The Vite plugin: every built HTML page gets the deferred start (the pre-rendered ones copy this template). */
export function deferredStart() {
  let base = '/';
  return {
    configResolved(config) {
      base = config.base;
    },
    name: 'mic:deferred-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) =>
        deferAppStart(
          html,
          Object.keys(bundle ?? {})
            .filter((file) => DATA_WORKER.test(file))
            .map((file) => `${base}${file}`),
          base,
        ),
    },
  };
}

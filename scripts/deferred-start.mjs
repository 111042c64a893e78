// The built pages start the app after their first paint (index.html's inline starter), so the pre-rendered
// page shows before any script is fetched or run: on a phone the style sheets and fonts the first paint needs
// no longer share the connection with 120 kB of JavaScript, and the script's work comes after the paint.
// The build's entry script and module preloads become inert <meta> tags that the starter turns back into a
// module script and preloads.

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)"\s*\/?>/g;

/** `html` with its entry script and module preloads turned into the starter's <meta name="app-…"> tags. */
export function deferAppStart(html) {
  const entries = [...html.matchAll(ENTRY)];
  if (entries.length !== 1)
    throw new Error(`deferred start: expected one entry script, found ${entries.length}`);
  return html
    .replace(ENTRY, '<meta name="app-entry" content="$1" />')
    .replace(PRELOAD, '<meta name="app-module" content="$1" />');
}

/** A <meta> for one more module the starter preloads (the Russian catalogue on Russian pages). */
export const appModuleTag = (href) => `<meta name="app-module" content="${href}" />`;

/** The Vite plugin: every built HTML page gets the deferred start (the pre-rendered ones copy this template). */
export function deferredStart() {
  return {
    name: 'mic:deferred-start',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => deferAppStart(html) },
  };
}

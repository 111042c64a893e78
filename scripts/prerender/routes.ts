/** The pages written as HTML at build time: every route of src/app/router.tsx, in both languages. */
// Written out, not imported from src/: vite's config loader would bundle those modules into the config.
// test/unit/prerender-page-text.test.ts checks that they agree with src/lib (paths.ts, url-state.ts).
export const VIEWS = ['growth', 'sectors', 'subclusters', 'regions', 'timeline', 'framework'] as const;
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Each view's single-chart embeds, as src/lib/embed-charts.ts names them. */
export const EMBED_CHARTS: Record<(typeof VIEWS)[number], readonly string[]> = {
  growth: ['chart', 'ratio'],
  sectors: ['members', 'projects', 'light'],
  subclusters: ['size', 'fields', 'full'],
  regions: ['map', 'services', 'agreements'],
  timeline: ['chart'],
  framework: ['comparison'],
};

/** The app's own paths (without language prefix or base). */
export const PRERENDERED_PATHS: readonly string[] = [
  '/',
  ...VIEWS.map((v) => `/${v}`),
  '/sources',
  '/present',
  ...VIEWS.map((v) => `/embed/${v}`),
  ...VIEWS.flatMap((v) => EMBED_CHARTS[v].map((chart) => `/embed/${v}/${chart}`)),
];

/** `/growth` in English, `/ru/growth` in Russian: as src/lib/url-state.ts `languagePath` writes it. */
export function localizedPath(path: string, lang: Lang): string {
  if (lang === 'en') return path;
  return path === '/' ? `/${lang}/` : `/${lang}${path}`;
}

/**
 * The file a static host serves for a page: `growth.html` for `/growth`, `ru/growth.html` for `/ru/growth`,
 * `index.html` and `ru/index.html` for the two front pages. Hosts (and `vite preview`) answer `/growth` with
 * `growth.html` without a redirect, which `growth/index.html` would need.
 */
export function htmlFileOf(path: string, lang: Lang): string {
  const url = localizedPath(path, lang).replace(/^\//, '');
  return url === '' || url.endsWith('/') ? `${url}index.html` : `${url}.html`;
}

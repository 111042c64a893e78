/** The pages written as HTML at build time: every route of src/app/router.tsx, in both languages. */
import { LANGUAGES, type Language } from '../../src/lib/language.ts';
import { VIEW_IDS as VIEWS } from '../../src/lib/paths.ts';
import { languagePath } from '../../src/lib/url-state.ts';

export const LANGS = LANGUAGES;
export type Lang = Language;

/** The app's own paths (without language prefix or base). */
export const PRERENDERED_PATHS: readonly string[] = [
  '/',
  ...VIEWS.map((v) => `/${v}`),
  '/sources',
  '/present',
  ...VIEWS.map((v) => `/embed/${v}`),
];

/** `/growth` in English, `/ru/growth` in Russian: as src/lib/url-state.ts writes and reads it back. */
export const localizedPath = languagePath;

/**
 * The file a static host serves for a page: `growth.html` for `/growth`, `ru/growth.html` for `/ru/growth`,
 * `index.html` and `ru/index.html` for the two front pages. Hosts (and `vite preview`) answer `/growth` with
 * `growth.html` without a redirect, which `growth/index.html` would need.
 */
export function htmlFileOf(path: string, lang: Lang): string {
  const url = localizedPath(path, lang).replace(/^\//, '');
  return url === '' || url.endsWith('/') ? `${url}index.html` : `${url}.html`;
}

/** Language and theme choice: from the URL first, then what the user chose before, then the browser. */
import type { Language } from './language';
import { parseLang, parseTheme, type Theme } from './url-state';

export const LANG_KEY = 'mic-dashboard.lang';
export const THEME_KEY = 'mic-dashboard.theme';

function stored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage can be blocked (private mode, sandboxed iframes)
  }
}

export function remember(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // nothing to do: the choice still holds for this page through the URL
  }
}

/** `pathLanguage`: the language a pre-rendered page's path names (`/ru/growth`); `?lang=` still wins. */
export function resolveLanguage(
  search: URLSearchParams,
  browserLanguages: readonly string[],
  pathLanguage?: Language,
): Language {
  const fromUrl = parseLang(search);
  if (fromUrl.status === 'valid') return fromUrl.value;
  if (pathLanguage) return pathLanguage;
  const saved = stored(LANG_KEY);
  if (saved === 'en' || saved === 'ru') return saved;
  const preferred = browserLanguages.find((l) => /^(en|ru)\b/i.test(l));
  return preferred?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/** The browser's preferred languages; none where there is no browser (the build-time render). */
export function browserLanguageList(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages ?? [navigator.language];
}

/** `undefined` means "follow the system". */
export function resolveTheme(search: URLSearchParams): Theme | undefined {
  const fromUrl = parseTheme(search);
  if (fromUrl.status === 'valid') return fromUrl.value;
  const saved = stored(THEME_KEY);
  return saved === 'light' || saved === 'dark' ? saved : undefined;
}

export const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/**
 * Sets `data-theme` to the chosen theme, else to the system's, so the stylesheets need one dark palette
 * keyed on the attribute (index.html does the same before first paint).
 */
export function applyTheme(theme: Theme | undefined): void {
  const systemDark = globalThis.matchMedia?.(SYSTEM_DARK)?.matches ?? false;
  const next = theme ?? (systemDark ? 'dark' : 'light');
  // Unchanged, not written: any write restyles the whole page.
  if (document.documentElement.dataset.theme !== next) document.documentElement.dataset.theme = next;
}

/**
 * The page root's `lang`, written only when it differs: any write, even of the value it has, makes the browser
 * restyle and lay out every element (text hyphenates by language). A pre-rendered page already has it, so
 * hydrating wrote it for nothing: a whole-page style and layout pass on every view (60 ms per chart option
 * at 100× the data when it was written on every change of the URL).
 */
export function writeRootLanguage(lang: string): void {
  if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
}

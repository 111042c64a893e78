/**
 * A small typed translation layer. i18next was the first choice, but with it the first load went over its
 * 120 kB budget (it alone weighed ~16 kB gzip); the dashboard needs only keyed strings with {{name}}
 * interpolation, which this file does with compile-time checked keys.
 */
import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { en, type Catalog } from './en';

import { LANGUAGES, type Language } from '../lib/language';

export { LANGUAGES, type Language };

/**
 * English is the fallback and always here; Russian is fetched when first needed (app/start.tsx waits for the
 * page's language before the first render), so an English reader never downloads it.
 */
const catalogs: Partial<Record<Language, Catalog>> = { en };

/** For code that renders without a browser (the build-time render, tests): a catalogue it imported itself. */
export function registerCatalog(lang: Language, catalog: Catalog): void {
  catalogs[lang] = catalog;
}

export const isLanguageLoaded = (lang: Language): boolean => catalogs[lang] !== undefined;

export async function loadLanguage(lang: Language): Promise<void> {
  if (isLanguageLoaded(lang)) return;
  if (lang === 'ru') registerCatalog('ru', (await import('./ru')).ru);
}

/** Every dotted path to a string in a catalogue, e.g. `overview.members`. */
export type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key of the shared catalogue. */
export type TKey = Leaves<Catalog>;
export type Vars = Record<string, string | number>;
export type TFunction = (key: TKey, vars?: Vars) => string;

function lookup(catalog: unknown, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{\{(\w+)\}\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

/** A translation function for one language; falls back to English, then to the key itself. */
export function translator(lang: Language): TFunction {
  const template = templates(catalogs[lang], en);
  return (key, vars) => interpolate(template(key), vars);
}

/**
 * A key's text in `catalog`, else in `fallback`, else the key, looked up once per key: a view at 100× the data
 * asks for the same few keys thousands of times in one render (a label per evidence item, per bar).
 */
function templates(catalog: object | undefined, fallback: object): (key: string) => string {
  const found = new Map<string, string>();
  return (key) => {
    let text = found.get(key);
    if (text === undefined) {
      text = lookup(catalog, key) ?? lookup(fallback, key) ?? key;
      found.set(key, text);
    }
    return text;
  };
}

/**
 * A view's own catalogue (kept in the view's folder, so a view is one folder): returns a hook giving a
 * typed `t` for it. `ru` must have the same shape as `en`.
 */
export function defineViewText<T extends object>(texts: { en: T; ru: NoInfer<Widen<T>> }) {
  // One lookup per key and language for the whole view, not one per component that asks.
  const typed = Object.fromEntries(
    LANGUAGES.map((lang) => {
      const template = templates(texts[lang], texts.en);
      return [lang, (key: Leaves<T>, vars?: Vars) => interpolate(template(key), vars)];
    }),
  ) as Record<Language, (key: Leaves<T>, vars?: Vars) => string>;
  return function useViewText() {
    return typed[useTranslation().i18n.language];
  };
}

/** Turns `as const` string literals into plain strings, so a Russian catalogue can match the English shape. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export interface I18n {
  language: Language;
}

interface I18nContextValue {
  t: TFunction;
  i18n: I18n;
}

const I18nContext = createContext<I18nContextValue | null>(null);

/**
 * Provides the language the app shell resolved (URL, then the stored choice, then the browser). While a
 * newly chosen language's catalogue loads, the page stays whole in the language it was in, never half in each.
 */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const [lastLoaded, setLastLoaded] = useState<Language>(() =>
    isLanguageLoaded(language) ? language : 'en',
  );
  useEffect(() => {
    let live = true;
    void loadLanguage(language).then(() => {
      if (live) setLastLoaded(language);
    });
    return () => {
      live = false;
    };
  }, [language]);
  const shown = isLanguageLoaded(language) ? language : lastLoaded;
  const value = useMemo(() => ({ t: translator(shown), i18n: { language: shown } }), [shown]);
  return createElement(I18nContext.Provider, { value }, children);
}

export function useTranslation(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useTranslation() needs an <I18nProvider> above it');
  return value;
}

/**
 * A small typed translation layer. i18next was the first choice, but with it the first load went over its
 * 120 kB budget (it alone weighed ~16 kB gzip); the dashboard needs only keyed strings with {{name}}
 * interpolation, which this file does with compile-time checked keys.
 */
import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import { en, type Catalog } from './en';
import { ru } from './ru';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

const catalogs: Record<Language, Catalog> = { en, ru };

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every translation key, e.g. `overview.members`. */
export type TKey = Leaves<Catalog>;
export type TFunction = (key: TKey, vars?: Record<string, string | number>) => string;

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A translation function for one language; falls back to English, then to the key itself. */
export function translator(lang: Language): TFunction {
  return (key, vars) => {
    const text = lookup(catalogs[lang], key) ?? lookup(en, key) ?? key;
    if (!vars) return text;
    return text.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
      name in vars ? String(vars[name]) : match,
    );
  };
}

export interface I18n {
  language: Language;
}

interface I18nContextValue {
  t: TFunction;
  i18n: I18n;
}

const I18nContext = createContext<I18nContextValue | null>(null);

/** Provides the language the app shell resolved (URL, then the stored choice, then the browser). */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ t: translator(language), i18n: { language } }), [language]);
  return createElement(I18nContext.Provider, { value }, children);
}

export function useTranslation(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useTranslation() needs an <I18nProvider> above it');
  return value;
}

import type { Language } from '../lib/language';

/** Plural forms as `Intl.PluralRules` names them, reduced to the four the catalogues carry. */
export type PluralForm = 'one' | 'few' | 'many' | 'other';

const rules = new Map<Language, Intl.PluralRules>();

/** The plural form of `n` in `lang`: "1 проект", "2 проекта", "5 проектов"; English uses `one` and `other`. */
export function pluralForm(lang: Language, n: number): PluralForm {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(lang);
    rules.set(lang, r);
  }
  const form = r.select(n);
  return form === 'one' || form === 'few' || form === 'many' ? form : 'other';
}

/** A counted phrase in English: `one` and `other` (English never selects `few` or `many`). */
export const pluralEn = (one: string, other: string) => ({ one, few: other, many: other, other });

/** A counted phrase in Russian: 1 проект, 2 проекта, 5 проектов; fractions take the `few` form (1,5 проекта). */
export const pluralRu = (one: string, few: string, many: string) => ({ one, few, many, other: few });

/** The dashboard's languages. Defined below i18n so that URL parsing and preferences need no catalogue. */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

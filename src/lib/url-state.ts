/**
 * The one module that reads and writes the URL's search parameters. Each parameter parses to
 * valid / invalid / missing, so the app can fall back to defaults and say which value it ignored.
 */
import { LANGUAGES, type Language } from '../i18n';

export type ParsedParam<T> =
  { status: 'valid'; value: T } | { status: 'invalid'; raw: string } | { status: 'missing' };

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

function parseEnum<T extends string>(raw: string | null, allowed: readonly T[]): ParsedParam<T> {
  if (raw === null || raw === '') return { status: 'missing' };
  return (allowed as readonly string[]).includes(raw)
    ? { status: 'valid', value: raw as T }
    : { status: 'invalid', raw };
}

export const parseLang = (search: URLSearchParams): ParsedParam<Language> =>
  parseEnum(search.get('lang'), LANGUAGES);
export const parseTheme = (search: URLSearchParams): ParsedParam<Theme> =>
  parseEnum(search.get('theme'), THEMES);

const SNAPSHOT_ID = /^[a-z0-9][a-z0-9-]*$/;
export function parseSnapshotId(search: URLSearchParams): ParsedParam<string> {
  const raw = search.get('snapshot');
  if (raw === null || raw === '') return { status: 'missing' };
  return SNAPSHOT_ID.test(raw) ? { status: 'valid', value: raw } : { status: 'invalid', raw };
}

/** The parameters every page shares; views add their own. */
export interface GlobalParams {
  lang?: Language;
  theme?: Theme;
  snapshot?: string;
}

/** Returns a new search string with `changes` applied; `undefined` removes a parameter. */
export function withParams(
  search: string | URLSearchParams,
  changes: Record<string, string | undefined>,
): string {
  const next = new URLSearchParams(search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}

/** Keeps only the global parameters, for links between views (a view's own options do not travel). */
export function globalSearch(search: string | URLSearchParams): string {
  const current = new URLSearchParams(search);
  const keep = new URLSearchParams();
  for (const key of ['lang', 'theme', 'snapshot']) {
    const value = current.get(key);
    if (value) keep.set(key, value);
  }
  const text = keep.toString();
  return text ? `?${text}` : '';
}

/** Names the parameters that were present but unusable, for a notice to the user. */
export function invalidGlobalParams(search: URLSearchParams): { name: string; raw: string }[] {
  const out: { name: string; raw: string }[] = [];
  const checks: [string, ParsedParam<unknown>][] = [
    ['lang', parseLang(search)],
    ['theme', parseTheme(search)],
    ['snapshot', parseSnapshotId(search)],
  ];
  for (const [name, parsed] of checks) if (parsed.status === 'invalid') out.push({ name, raw: parsed.raw });
  return out;
}

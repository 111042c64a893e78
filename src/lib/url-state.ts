/**
 * The one module that reads and writes the URL's search parameters. Each parameter parses to
 * valid / invalid / missing, so the app can fall back to defaults and say which value it ignored.
 */
import { LANGUAGES, type Language } from './language';

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
/**
 * A snapshot id: `?snapshot=` (the active one), `?compare=` (a view's comparison layer), or `/compare`'s `?a=`
 * and `?b=`; written back with `withParams`.
 */
export function parseSnapshotId(search: URLSearchParams, name = 'snapshot'): ParsedParam<string> {
  const raw = search.get(name);
  if (raw === null || raw === '') return { status: 'missing' };
  return SNAPSHOT_ID.test(raw) ? { status: 'valid', value: raw } : { status: 'invalid', raw };
}

/**
 * A pre-rendered page names its language in the path (`/ru/growth`); English pages have no prefix. Splits
 * a router path (without the base) into that language and the app's own path.
 */
export function splitLanguagePath(pathname: string): { lang: Language | undefined; path: string } {
  const m = /^\/(en|ru)(?=\/|$)(.*)$/.exec(pathname);
  if (!m) return { lang: undefined, path: pathname };
  return { lang: m[1] as Language, path: m[2] || '/' };
}

/** The path of a page in `lang`: `/growth` in English, `/ru/growth` in Russian. */
export function languagePath(path: string, lang: Language): string {
  if (lang === 'en') return path;
  return path === '/' ? `/${lang}/` : `/${lang}${path}`;
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
  for (const key of ['lang', 'theme', 'snapshot', 'compare']) {
    const value = current.get(key);
    if (value) keep.set(key, value);
  }
  const text = keep.toString();
  return text ? `?${text}` : '';
}

/** Names the parameters that were present but unusable, for a notice to the user. */
/** A URL parameter the page could not use, named so that a broken link is noticed. */
export interface InvalidParam {
  name: string;
  raw: string;
}

export function invalidGlobalParams(search: URLSearchParams): InvalidParam[] {
  const out: { name: string; raw: string }[] = [];
  const checks: [string, ParsedParam<unknown>][] = [
    ['lang', parseLang(search)],
    ['theme', parseTheme(search)],
    ['snapshot', parseSnapshotId(search)],
  ];
  for (const [name, parsed] of checks) if (parsed.status === 'invalid') out.push({ name, raw: parsed.raw });
  return out;
}

/** How one view option is read from and written to the URL. */
export interface ParamSpec<T> {
  // Method syntax (not arrow properties) keeps specs of any T assignable to ParamSpec<unknown>.
  parse(raw: string): T | undefined;
  serialize(value: T): string;
  default: T;
}

/** One of a fixed set of values, e.g. `?scale=log`. */
export function enumParam<T extends string>(allowed: readonly T[], fallback: T): ParamSpec<T> {
  return {
    parse: (raw) => ((allowed as readonly string[]).includes(raw) ? (raw as T) : undefined),
    serialize: (v) => v,
    default: fallback,
  };
}

/** An optional id-like string (lower-case letters, digits, hyphens), e.g. `?highlight=services`. */
export function idParam(): ParamSpec<string | undefined> {
  return {
    parse: (raw) => (/^[a-z0-9][a-z0-9-]*$/.test(raw) ? raw : undefined),
    serialize: (v) => v ?? '',
    default: undefined,
  };
}

/** Free text, e.g. a search `?q=`; empty is the default and leaves the URL. */
export function textParam(): ParamSpec<string> {
  return { parse: (raw) => raw, serialize: (v) => v, default: '' };
}

/** A comma-separated subset of allowed values, e.g. `?cats=covid,grants`; unknown members make it invalid. */
export function setParam<T extends string>(
  allowed: readonly T[],
  fallback: readonly T[],
): ParamSpec<readonly T[]> {
  return {
    parse: (raw) => {
      const parts = raw.split(',').filter(Boolean);
      if (parts.length === 0 || !parts.every((p) => (allowed as readonly string[]).includes(p)))
        return undefined;
      return allowed.filter((a) => parts.includes(a));
    },
    serialize: (v) => v.join(','),
    default: fallback,
  };
}

/** A range of ISO days `YYYY-MM-DD..YYYY-MM-DD`, start before end. */
export function dayRangeParam(): ParamSpec<readonly [string, string] | undefined> {
  return {
    parse: (raw) => {
      const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(raw);
      if (!m || !m[1] || !m[2] || Number.isNaN(Date.parse(m[1])) || Number.isNaN(Date.parse(m[2])))
        return undefined;
      return m[1] < m[2] ? [m[1], m[2]] : undefined;
    },
    serialize: (v) => (v ? `${v[0]}..${v[1]}` : ''),
    default: undefined,
  };
}

export type SortDir = 'asc' | 'desc';
export interface TableSort {
  key: string;
  dir: SortDir;
}
export type TableOrder = Readonly<Record<string, TableSort>>;

/**
 * `?order=members.share.desc,projects.count.asc`: how each table on a view's table tab is sorted, by table
 * id. Only the form is checked here; whether a table has that column is for the table to say.
 */
export function tableOrderParam(): ParamSpec<TableOrder> {
  return {
    parse: (raw) => {
      const out: Record<string, TableSort> = {};
      for (const part of raw.split(',')) {
        const m = /^([a-z0-9][a-z0-9-]*)\.([A-Za-z0-9_-]+)\.(asc|desc)$/.exec(part);
        if (!m || !m[1] || !m[2] || m[1] in out) return undefined;
        out[m[1]] = { key: m[2], dir: m[3] as SortDir };
      }
      return out;
    },
    serialize: (v) =>
      Object.entries(v)
        .map(([table, sort]) => `${table}.${sort.key}.${sort.dir}`)
        .join(','),
    default: {},
  };
}

export type ParamValues<S extends Record<string, ParamSpec<unknown>>> = { [K in keyof S]: S[K]['default'] };

/**
 * Reads a view's options from `search`: each valid value, else the default; `invalid` names the rejected ones.
 * Pure, so links and tests can use it without a router.
 */
export function readParams<S extends Record<string, ParamSpec<unknown>>>(
  search: URLSearchParams,
  spec: S,
): { values: ParamValues<S>; invalid: { name: string; raw: string }[] } {
  const values = {} as Record<string, unknown>;
  const invalid: { name: string; raw: string }[] = [];
  for (const [name, param] of Object.entries(spec)) {
    const raw = search.get(name);
    const parsed = raw === null || raw === '' ? undefined : param.parse(raw);
    if (raw !== null && raw !== '' && parsed === undefined) invalid.push({ name, raw });
    values[name] = parsed === undefined ? param.default : parsed;
  }
  return { values: values as ParamValues<S>, invalid };
}

/** The search string with `changes` written in; values equal to the default are left out of the URL. */
export function writeParams<S extends Record<string, ParamSpec<unknown>>>(
  search: URLSearchParams,
  spec: S,
  changes: Partial<ParamValues<S>>,
): string {
  const next: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(changes)) {
    const param = spec[name];
    if (!param) continue;
    const text = param.serialize(value);
    next[name] = text === param.serialize(param.default) ? undefined : text;
  }
  return withParams(search, next);
}

/**
 * `?title=0`, `?controls=0` and `?static=1` on an embedded view. Static is a picture: no controls, and its
 * marks take no pointer or keyboard focus, so no tooltip ever covers the chart (slides, screenshots).
 */
export function parseEmbedFlags(search: URLSearchParams) {
  const isStatic = search.get('static') === '1';
  return {
    hideTitle: search.get('title') === '0',
    hideControls: isStatic || search.get('controls') === '0',
    isStatic,
  };
}

/** `?title=`, `?controls=` and `?static=` values other than `0` and `1`, which an embed ignores. */
export function invalidEmbedFlags(search: URLSearchParams): InvalidParam[] {
  return (['title', 'controls', 'static'] as const).flatMap((name) => {
    const raw = search.get(name);
    return raw === null || raw === '0' || raw === '1' ? [] : [{ name, raw }];
  });
}

/** The full-site address of an embedded view: `/embed/growth?x&title=0` → `/growth?x`. */
export function fullSitePath(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('title');
  params.delete('controls');
  params.delete('static');
  const rest = params.toString();
  return `${pathname.replace(/^\/embed(?=\/|$)/, '') || '/'}${rest ? `?${rest}` : ''}`;
}

/**
 * Citations of the presentation (the primary source) in APA 7, GOST R 7.0.100-2018 and BibTeX, followed by
 * the dashboard snapshot that transcribed it. Pure, so every style is unit-tested.
 */
import type { Snapshot, Source } from '../data/schema';
import { sourceById } from '../data/sources';
import type { Language } from '../i18n';
import { dateFormat } from '../i18n/format';

export interface CiteContext {
  snapshot: Snapshot;
  /** The page being cited (full URL). */
  url: string;
  /** Day of access, ISO `YYYY-MM-DD`. */
  accessed: string;
  lang: Language;
  /** Set for a snapshot the user opened: cited as theirs, from their file, not published. */
  own?: { title: string; origin: string };
}

/** How each style names the snapshot: the published one by id and date, an opened one as not published. */
function snapshotNote({ snapshot, own }: CiteContext, style: 'en' | 'ru'): string {
  if (!own)
    return style === 'en'
      ? `snapshot ${snapshot.id} (${snapshot.compiled})`
      : `снимок ${snapshot.id} (${snapshot.compiled})`;
  return style === 'en'
    ? `the reader's own snapshot “${own.title}” (${snapshot.id}, ${snapshot.compiled}), loaded from ${own.origin}, not published`
    : `собственный снимок пользователя «${own.title}» (${snapshot.id}, ${snapshot.compiled}), загружен из ${own.origin}, не опубликован`;
}

function primary(snapshot: Snapshot): Source {
  const s = sourceById(snapshot, snapshot.primarySource);
  if (!s) throw new Error(`primary source "${snapshot.primarySource}" is not among the sources`);
  return s;
}

/** "Evgeniy Kutsenko" → { given: "Evgeniy", family: "Kutsenko" }. */
function splitName(name: string): { given: string; family: string } {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return { given: parts.join(' '), family };
}
const initials = (given: string) =>
  given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((g) => `${g[0]}.`)
    .join(' ');

function year(s: Source): { text: string; approximate: boolean } {
  const y = s.published?.value.slice(0, 4);
  return { text: y ?? 'n.d.', approximate: Boolean(s.published?.approximate) };
}

/** APA 7 writes a retrieval date as "December 1, 2026", whatever the page's language. */
function apaDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric' }).format(
    Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1),
  );
}

export function apa(ctx: CiteContext): string {
  const { snapshot, url, accessed } = ctx;
  const s = primary(snapshot);
  const authors = (s.authors ?? []).map((a) => {
    const { given, family } = splitName(a);
    return `${family}, ${initials(given)}`;
  });
  const list =
    authors.length > 1 ? `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}` : (authors[0] ?? '');
  const y = year(s);
  const when = y.approximate ? `ca. ${y.text}` : y.text;
  return `${list} (${when}). ${s.title} [Presentation]. ${s.institution ?? ''}. Data as transcribed in the MIC dashboard, ${snapshotNote(ctx, 'en')}. Retrieved ${apaDate(accessed)}, from ${url}`.replace(
    /\s+\./g,
    '.',
  );
}

export function gost(ctx: CiteContext): string {
  const { snapshot, url, accessed } = ctx;
  const s = primary(snapshot);
  const names = (s.authors ?? []).map(splitName);
  const first = names[0];
  const head = first ? `${first.family}, ${initials(first.given)} ` : '';
  const all = names.map((n) => `${initials(n.given)} ${n.family}`).join(', ');
  const y = year(s);
  const [d, m, yy] = [accessed.slice(8, 10), accessed.slice(5, 7), accessed.slice(0, 4)];
  return `${head}${s.title} : [презентация] / ${all} ; ${s.institution ?? ''}. — ${y.approximate ? `[${y.text}?]` : y.text}. — Данные в дашборде МИК, ${snapshotNote(ctx, 'ru')}. — URL: ${url} (дата обращения: ${d}.${m}.${yy}).`;
}

export function bibtex(ctx: CiteContext): string {
  const { snapshot, url, accessed } = ctx;
  const s = primary(snapshot);
  const names = (s.authors ?? []).map(splitName);
  const key = `${(names[0]?.family ?? 'source').toLowerCase()}${year(s).text}mic`;
  const fields: [string, string][] = [
    ['author', names.map((n) => `${n.family}, ${n.given}`).join(' and ')],
    ['title', `{${s.title}}`],
    ['howpublished', 'Presentation'],
    ['institution', s.institution ?? ''],
    ['year', year(s).text],
    [
      'note',
      `Figures as transcribed in the MIC dashboard, ${snapshotNote(ctx, 'en')}${year(s).approximate ? '; year inferred' : ''}`,
    ],
    ['url', url],
    ['urldate', accessed],
  ];
  const body = fields
    .filter(([, v]) => v)
    .map(([k, v]) => `  ${k} = {${v.replace(/[{}]/g, (c) => (k === 'title' ? c : `\\${c}`))}}`)
    .join(',\n');
  return `@misc{${key},\n${body}\n}`;
}

/**
 * The robustness corpus: broken data files made from the shipped ones, each with what the dashboard must say
 * about it (the file, a JSON path and a message). Deterministic: the same files every run.
 */
import { readFileSync } from 'node:fs';

export interface BrokenFile {
  name: string;
  file: 'mic-2021.json' | 'index.json';
  body: string;
  /** The JSON path the message must name, and words of the message. */
  path: string;
  message: RegExp;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Key = string | number;

export const SHIPPED = readFileSync('public/data/mic-2021.json', 'utf8');
export const CATALOGUE = readFileSync('public/data/index.json', 'utf8');
const base = () => JSON.parse(SHIPPED) as Json;

function jsonPath(path: readonly Key[]): string {
  return path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : `${out}.${k}`), '$');
}

/** Every place in the document: [path, value], depth first. */
function places(node: Json, path: Key[] = []): [Key[], Json][] {
  const here: [Key[], Json][] = [[path, node]];
  if (Array.isArray(node)) return [...here, ...node.flatMap((v, i) => places(v, [...path, i]))];
  if (node && typeof node === 'object')
    return [...here, ...Object.entries(node).flatMap(([k, v]) => places(v, [...path, k]))];
  return here;
}

function edit(path: readonly Key[], change: (parent: Record<Key, Json>, key: Key) => void): string {
  const json = base();
  let parent = json as unknown as Record<Key, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as unknown as Record<Key, Json>;
  change(parent, path.at(-1)!);
  return JSON.stringify(json);
}

/** Evenly spread picks of at most `n` items, so every part of the document is represented. */
const spread = <T>(items: T[], n: number) =>
  items.length <= n ? items : Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);

const all = places(base());
const numbers = all.filter(([p, v]) => typeof v === 'number' && p.at(-1) === 'value');
const texts = all.filter(([p, v]) => typeof v === 'string' && (p.at(-1) === 'en' || p.at(-1) === 'ru'));
/** Keys the schema lets a file leave out. */
const OPTIONAL = new Set([
  'published',
  'note',
  'end',
  'description',
  'date',
  'threshold',
  'fieldMatrix',
  'view',
  'url',
]);
const required = all.filter(
  ([p, v]) =>
    !OPTIONAL.has(String(p.at(-1))) &&
    p.length >= 1 &&
    p.length <= 3 &&
    typeof p.at(-1) === 'string' &&
    v !== null &&
    typeof v === 'object',
);
const citations = all.filter(([p, v]) => p.at(-1) === 'source' && typeof v === 'string');
const urls = all.filter(([p, v]) => p.at(-1) === 'url' && typeof v === 'string');
const dayDates = all.filter(
  ([p, v]) => p.at(-1) === 'value' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
);

/** A script that would set `window.__pwned` if the page ever ran text from a data file as code. */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
];

export function brokenFiles(): BrokenFile[] {
  const out: BrokenFile[] = [];
  const add = (f: Omit<BrokenFile, 'file'> & { file?: BrokenFile['file'] }) =>
    out.push({ file: 'mic-2021.json', ...f });

  for (const n of [0, 1, 100, 5000, SHIPPED.trimEnd().length - 1])
    add({ name: `truncated at ${n}`, body: SHIPPED.slice(0, n), path: '$', message: /not valid JSON/ });
  add({
    name: 'HTML served as JSON',
    body: '<!doctype html><html><body>Not here</body></html>',
    path: '$',
    message: /not valid JSON/,
  });
  add({ name: 'JSON null', body: 'null', path: '$', message: /expected object/ });
  add({ name: 'JSON array', body: '[]', path: '$', message: /expected object/ });
  add({
    name: 'deep nesting',
    body: `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
    path: '$',
    message: /not valid JSON|expected object/,
  });
  add({
    name: '50 MB of padding',
    body: `{"padding": "${'x'.repeat(50 * 1024 * 1024)}"}`,
    path: '$',
    message: /.+/,
  });

  for (const [path] of spread(numbers, 15))
    add({
      name: `a string for the number at ${jsonPath(path)}`,
      body: edit(path, (o, k) => (o[k] = '44')),
      path: jsonPath(path),
      message: /expected number, received string/,
    });
  for (const [path] of spread(numbers, 8))
    add({
      name: `a negative count at ${jsonPath(path)}`,
      body: edit(path, (o, k) => (o[k] = -400)),
      path: jsonPath(path),
      message: /cannot be negative/,
    });
  for (const [path] of spread(numbers, 4))
    add({
      name: `an overflowing value at ${jsonPath(path)}`,
      body: edit(path, (o, k) => (o[k] = 1e308)),
      path: jsonPath(path),
      message: /beyond anything/,
    });
  for (const [path] of spread(texts, 8))
    add({
      name: `a number for the text at ${jsonPath(path)}`,
      body: edit(path, (o, k) => (o[k] = 7)),
      path: jsonPath(path),
      message: /expected string, received number/,
    });
  for (const [path] of spread(required, 15))
    add({
      name: `missing ${jsonPath(path)}`,
      body: edit(path, (o, k) => delete o[k]),
      path: jsonPath(path),
      message: /Missing: a required \w+ is not there/,
    });
  for (const [path] of spread(citations, 8))
    add({
      name: `an unknown source at ${jsonPath(path)}`,
      body: edit(path, (o, k) => (o[k] = 'no-such-source')),
      path: jsonPath(path),
      message: /unknown source id "no-such-source"/,
    });
  for (const [path] of spread(dayDates, 5))
    add({
      name: `30 February at ${jsonPath(path)}`,
      body: edit(path, (o, k) => (o[k] = '2021-02-30')),
      path: jsonPath(path),
      message: /not a day of the calendar/,
    });
  for (const [path] of spread(urls, 4))
    add({
      name: `a javascript: link at ${jsonPath(path)}`,
      body: edit(path, (o, k) => (o[k] = 'javascript:window.__pwned=1')),
      path: jsonPath(path),
      message: /urls start with http/,
    });
  add({
    name: 'an unknown primary source',
    body: edit(['primarySource'], (o, k) => (o[k] = 'nope')),
    path: '$.primarySource',
    message: /unknown source id "nope"/,
  });
  add({
    name: 'a compiled date that does not exist',
    body: edit(['compiled'], (o, k) => (o[k] = '2020-13-45')),
    path: '$.compiled',
    message: /not a day of the calendar/,
  });
  add({
    name: 'an unknown schema version',
    body: edit(['schemaVersion'], (o, k) => (o[k] = 99)),
    path: '$.schemaVersion',
    message: /expected 1|Invalid input/,
  });
  add({
    name: 'an unexpected key',
    body: edit(['surprise'], (o, k) => (o[k] = 1)),
    path: '$',
    message: /Unrecognized key/,
  });

  const catalogue = JSON.parse(CATALOGUE) as Record<string, Json>;
  const cat = (name: string, body: string, path: string, message: RegExp) =>
    out.push({ name: `catalogue: ${name}`, file: 'index.json', body, path, message });
  cat('truncated', CATALOGUE.slice(0, 20), '$', /not valid JSON/);
  cat('HTML', '<html></html>', '$', /not valid JSON/);
  cat('empty', '', '$', /not valid JSON/);
  cat(
    'a default naming no snapshot',
    JSON.stringify({ ...catalogue, default: 'nope' }),
    '$.default',
    /no snapshot with id "nope"/,
  );
  cat('no snapshots', JSON.stringify({ ...catalogue, snapshots: 3 }), '$.snapshots', /expected array/);
  cat(
    'missing default',
    JSON.stringify({ snapshots: catalogue.snapshots }),
    '$.default',
    /Missing: a required string/,
  );
  return out;
}

/** Valid files whose texts carry markup: shown as text, never run. */
export function injectedFiles(): { name: string; body: string }[] {
  return spread(texts, 12).map(([path], i) => ({
    name: `markup in the text at ${jsonPath(path)}`,
    body: edit(path, (o, k) => (o[k] = `${o[k] as string} ${PAYLOADS[i % PAYLOADS.length]}`)),
  }));
}

/** One valid file with markup appended to every text in both languages: the dashboard must run none of it. */
export function everyTextInjected(): string {
  const json = base();
  texts.forEach(([path], i) => {
    let parent = json as unknown as Record<Key, Json>;
    for (const key of path.slice(0, -1)) parent = parent[key] as unknown as Record<Key, Json>;
    const key = path.at(-1)!;
    parent[key] = `${parent[key] as string} ${PAYLOADS[i % PAYLOADS.length]}`;
  });
  return JSON.stringify(json);
}

/** How many texts `everyTextInjected` changes. */
export const TEXT_COUNT = texts.length;

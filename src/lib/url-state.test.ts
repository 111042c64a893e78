import { describe, expect, it } from 'vitest';
import {
  fullSitePath,
  globalSearch,
  invalidEmbedFlags,
  invalidGlobalParams,
  languagePath,
  parseEmbedFlags,
  parseLang,
  parseSnapshotId,
  parseTheme,
  readParams,
  splitLanguagePath,
  tableOrderParam,
  withParams,
  writeParams,
} from './url-state';

const q = (s: string) => new URLSearchParams(s);

describe('URL parameters', () => {
  it('parses valid, invalid and missing values apart', () => {
    expect(parseLang(q('lang=ru'))).toEqual({ status: 'valid', value: 'ru' });
    expect(parseLang(q('lang=de'))).toEqual({ status: 'invalid', raw: 'de' });
    expect(parseLang(q(''))).toEqual({ status: 'missing' });
    expect(parseTheme(q('theme=dark'))).toEqual({ status: 'valid', value: 'dark' });
  });
  it('names every unusable global parameter', () => {
    expect(invalidGlobalParams(q('lang=xx&theme=pink&snapshot=../etc'))).toEqual([
      { name: 'lang', raw: 'xx' },
      { name: 'theme', raw: 'pink' },
      { name: 'snapshot', raw: '../etc' },
    ]);
  });
  it('sets and removes parameters without touching the others', () => {
    expect(withParams('?lang=ru&q=tass', { q: undefined })).toBe('?lang=ru');
    expect(withParams('', { lang: 'en' })).toBe('?lang=en');
    expect(withParams('?lang=en', { lang: undefined })).toBe('');
  });
  it('carries only the global parameters between pages', () => {
    expect(globalSearch('?lang=ru&tab=table&theme=dark&q=x')).toBe('?lang=ru&theme=dark');
  });
});

describe("snapshot ids: ?snapshot=, ?compare= and /compare's ?a= and ?b=", () => {
  it('reads each by name, valid, malformed or missing', () => {
    expect(parseSnapshotId(q('snapshot=mic-2021'))).toEqual({ status: 'valid', value: 'mic-2021' });
    expect(parseSnapshotId(q('a=mic-2021&b=own-1x2'), 'b')).toEqual({ status: 'valid', value: 'own-1x2' });
    expect(parseSnapshotId(q('a=Bad!'), 'a')).toEqual({ status: 'invalid', raw: 'Bad!' });
    expect(parseSnapshotId(q('a=mic-2021'), 'b')).toEqual({ status: 'missing' });
    expect(parseSnapshotId(q('compare=own-abc'), 'compare')).toEqual({ status: 'valid', value: 'own-abc' });
  });
  it('writes ?a= and ?b= back beside the other parameters, and drops an empty side', () => {
    expect(withParams('?lang=ru', { a: 'mic-2021', b: 'own-1x2' })).toBe('?lang=ru&a=mic-2021&b=own-1x2');
    expect(withParams('?a=x&b=y', { a: '', b: 'own-1x2' })).toBe('?b=own-1x2');
    const round = q(withParams('', { a: 'mic-2021', b: 'own-1x2' }).slice(1));
    expect([parseSnapshotId(round, 'a'), parseSnapshotId(round, 'b')]).toEqual([
      { status: 'valid', value: 'mic-2021' },
      { status: 'valid', value: 'own-1x2' },
    ]);
  });
  it('carries ?compare= between views with the other global parameters', () => {
    expect(globalSearch('?compare=own-1x2&tab=table&snapshot=mic-2021')).toBe(
      '?snapshot=mic-2021&compare=own-1x2',
    );
  });
});

describe('?order= (table sorts)', () => {
  const order = tableOrderParam();
  it('reads one sort per table and writes it back the same way', () => {
    const parsed = order.parse('members.share.desc,projects.count.asc');
    expect(parsed).toEqual({
      members: { key: 'share', dir: 'desc' },
      projects: { key: 'count', dir: 'asc' },
    });
    expect(order.serialize(parsed!)).toBe('members.share.desc,projects.count.asc');
  });
  it('rejects a malformed entry, an unknown direction or a table named twice', () => {
    expect(order.parse('members.share')).toBeUndefined();
    expect(order.parse('members.share.up')).toBeUndefined();
    expect(order.parse('members.share.asc,members.count.desc')).toBeUndefined();
    expect(readParams(q('order=x'), { order }).invalid).toEqual([{ name: 'order', raw: 'x' }]);
  });
  it('leaves the URL when no table is sorted away from its default', () => {
    expect(writeParams(q('order=members.share.desc&lang=ru'), { order }, { order: {} })).toBe('?lang=ru');
  });
});

describe('language in the path (pre-rendered pages)', () => {
  it('reads /ru/… as Russian and leaves other paths alone', () => {
    expect(splitLanguagePath('/ru/growth')).toEqual({ lang: 'ru', path: '/growth' });
    expect(splitLanguagePath('/ru/')).toEqual({ lang: 'ru', path: '/' });
    expect(splitLanguagePath('/ru')).toEqual({ lang: 'ru', path: '/' });
    expect(splitLanguagePath('/en/embed/sectors')).toEqual({ lang: 'en', path: '/embed/sectors' });
    expect(splitLanguagePath('/growth')).toEqual({ lang: undefined, path: '/growth' });
    expect(splitLanguagePath('/russia')).toEqual({ lang: undefined, path: '/russia' });
  });

  it('writes English without a prefix and Russian under /ru/, and reads back what it writes', () => {
    expect(languagePath('/growth', 'en')).toBe('/growth');
    expect(languagePath('/growth', 'ru')).toBe('/ru/growth');
    expect(languagePath('/', 'ru')).toBe('/ru/');
    for (const path of ['/', '/sources', '/embed/regions'])
      expect(splitLanguagePath(languagePath(path, 'ru'))).toEqual({ lang: 'ru', path });
  });
});

describe('embed flags', () => {
  it('reads ?static=1 as a picture without controls, and names unusable flag values', () => {
    expect(parseEmbedFlags(new URLSearchParams('static=1'))).toEqual({
      hideTitle: false,
      hideControls: true,
      isStatic: true,
    });
    expect(parseEmbedFlags(new URLSearchParams('controls=0')).isStatic).toBe(false);
    expect(invalidEmbedFlags(new URLSearchParams('static=yes&title=1'))).toEqual([
      { name: 'static', raw: 'yes' },
    ]);
    expect(fullSitePath('/embed/growth/ratio', '?static=1&lang=ru')).toBe('/growth/ratio?lang=ru');
  });
});

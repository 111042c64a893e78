import { describe, expect, it } from 'vitest';
import { apa, bibtex, gost } from './cite';
import { fixtureSnapshot } from '../../test/fixtures/snapshot-fixture';

const ctx = {
  snapshot: fixtureSnapshot(),
  url: 'https://example.org/growth?lang=en',
  accessed: '2026-12-01',
  lang: 'en' as const,
};

describe('citations of the presentation', () => {
  it('APA names both authors, the title, the snapshot and the access date', () => {
    const text = apa(ctx);
    expect(text).toMatch(/^Kutsenko, E\. & Ismagulova, S\.|^Kutsenko, E\., & Ismagulova, S\./);
    expect(text).toContain(
      'Moscow Innovation Cluster: Key Concept Features and Coronavirus Stress Test [Presentation]',
    );
    expect(text).toContain('snapshot mic-2021 (2026-12-01)');
    expect(text).toContain('Retrieved December 1, 2026, from https://example.org/growth?lang=en');
  });
  it('GOST gives the access date as dd.mm.yyyy', () => {
    const text = gost(ctx);
    expect(text.startsWith('Kutsenko, E. Moscow Innovation Cluster')).toBe(true);
    expect(text).toContain('(дата обращения: 01.12.2026)');
    expect(text).toContain('URL: https://example.org/growth?lang=en');
  });
  it('BibTeX is a @misc entry with both authors and the url', () => {
    const text = bibtex(ctx);
    expect(text).toMatch(/^@misc\{kutsenko2021mic,/);
    expect(text).toContain('author = {Kutsenko, Evgeniy and Ismagulova, Saule}');
    expect(text).toContain('urldate = {2026-12-01}');
    expect(text.trim().endsWith('}')).toBe(true);
  });
});

describe('citations of a snapshot the reader opened', () => {
  const own = { ...ctx, own: { title: 'My count', origin: 'mine.json' } };
  it('name it as theirs, with its file, and as not published, in every style', () => {
    expect(apa(own)).toContain(
      '“My count” (mic-2021, 2026-12-01), loaded from mine.json, not published. Retrieved',
    );
    expect(gost(own)).toContain('собственный снимок пользователя «My count»');
    expect(gost(own)).toContain('загружен из mine.json, не опубликован');
    expect(bibtex(own)).toContain('loaded from mine.json, not published');
  });
});

import { describe, expect, it } from 'vitest';
import { readParams, writeParams } from '../../lib/url-state';
import { BUILDER_PARAMS, EMBED_TARGETS, chartOf, viewOf, viewOptions } from './builder-params';

const q = (s: string) => new URLSearchParams(s);

describe('embed builder URL', () => {
  it('offers every view and every chart of EMBED_CHARTS', () => {
    expect(EMBED_TARGETS).toContain('growth');
    expect(EMBED_TARGETS).toContain('subclusters/full');
    expect(EMBED_TARGETS).toHaveLength(6 + 13);
    expect([viewOf('regions/map'), chartOf('regions/map'), chartOf('regions')]).toEqual([
      'regions',
      'map',
      undefined,
    ]);
  });

  it('reads the defaults from a bare URL and reports what it cannot use', () => {
    const { values, invalid } = readParams(
      q('embed=growth/pie&width=wide&embed-lang=de&title=no'),
      BUILDER_PARAMS,
    );
    expect(values).toEqual({
      embed: 'growth',
      'embed-lang': undefined,
      'embed-theme': undefined,
      title: '1',
      controls: '1',
      static: '0',
      width: 'article',
      code: 'iframe',
    });
    expect(invalid.map((p) => p.name)).toEqual(['embed', 'embed-lang', 'title', 'width']);
  });

  it('writes back only what differs from the defaults, and reads back what it writes', () => {
    const changes = {
      embed: 'sectors/members',
      'embed-lang': 'ru',
      'embed-theme': 'dark',
      title: '0',
      static: '1',
      width: 'slides',
      code: 'img',
    } as const;
    const search = writeParams(q('lang=en&scale=log'), BUILDER_PARAMS, changes);
    expect(search).toBe(
      '?lang=en&scale=log&embed=sectors%2Fmembers&embed-lang=ru&embed-theme=dark&title=0&static=1&width=slides&code=img',
    );
    expect(readParams(q(search), BUILDER_PARAMS).values).toMatchObject(changes);
    expect(writeParams(q(search), BUILDER_PARAMS, { width: 'article', code: 'iframe' })).not.toMatch(
      /width|code/,
    );
  });

  it('keeps the embedded view’s own options apart from its own and the site’s parameters', () => {
    expect(
      viewOptions(q('embed=growth&scale=log&lang=ru&theme=dark&snapshot=mic-2021&title=0')).toString(),
    ).toBe('scale=log&snapshot=mic-2021');
  });
});

import { describe, expect, it } from 'vitest';
import { builderPath, embedSnippet, embedUrl, shareUrl } from './share-links';
import { fullSitePath } from '../lib/url-state';

describe('share and embed links', () => {
  it('keeps every option and writes the language; the theme only when chosen', () => {
    expect(shareUrl('https://x.org/growth?scale=log&tab=table', 'ru', undefined)).toBe(
      'https://x.org/growth?scale=log&tab=table&lang=ru',
    );
    expect(shareUrl('https://x.org/growth?lang=en', 'en', 'dark')).toBe(
      'https://x.org/growth?lang=en&theme=dark',
    );
  });
  it('points the embed at /embed/<view>, also under a sub-path', () => {
    expect(embedUrl('https://x.org/sectors?sort=source', '/', 'en', undefined)).toBe(
      'https://x.org/embed/sectors?sort=source&lang=en',
    );
    expect(embedUrl('https://x.org/mic/regions?map=geo', '/mic/', 'ru', undefined)).toBe(
      'https://x.org/mic/embed/regions?map=geo&lang=ru',
    );
  });
  it('gives an iframe snippet with the sizing script beside it', () => {
    const snippet = embedSnippet('https://x.org/mic/embed/growth?lang=en', 'Growth "A"');
    expect(snippet).toContain(
      '<iframe src="https://x.org/mic/embed/growth?lang=en" title="Growth &quot;A&quot;" data-mic-embed',
    );
    expect(snippet).toContain('<script src="https://x.org/mic/embed.js" async></script>');
  });
  it('opens the embed builder on the view, with its options, language and chosen theme', () => {
    expect(builderPath('growth', '?scale=log&lang=ru', 'ru', 'dark')).toBe(
      '/embed-builder?scale=log&lang=ru&embed=growth&embed-lang=ru&embed-theme=dark',
    );
    expect(builderPath('sectors', '', 'en', undefined)).toBe('/embed-builder?embed=sectors&embed-lang=en');
  });
  it('maps an embed back to the full view without the embed flags', () => {
    expect(fullSitePath('/embed/growth', '?scale=log&title=0&controls=0')).toBe('/growth?scale=log');
  });
});

// @vitest-environment jsdom
// The alt text is read from a chart frame's markup, so this one needs a DOM.
import { describe, expect, it } from 'vitest';
import { chartAltText, embedSource, frameStyle, iframeCode, imageCode } from './builder-code';
import type { BuilderChoices } from './builder-params';

const CHOICES: BuilderChoices = {
  embed: 'growth/ratio',
  lang: 'ru',
  theme: 'dark',
  title: true,
  controls: true,
  isStatic: false,
  width: 'article',
  code: 'iframe',
};

describe('embed builder code', () => {
  it('points at the chart with its options, language and theme, and only the flags that differ', () => {
    expect(embedSource('https://x.org', '/', CHOICES, new URLSearchParams('scale=log'))).toBe(
      'https://x.org/embed/growth/ratio?scale=log&lang=ru&theme=dark',
    );
    expect(
      embedSource(
        'https://x.org',
        '/mic/',
        { ...CHOICES, embed: 'sectors', title: false, controls: false },
        new URLSearchParams(),
      ),
    ).toBe('https://x.org/mic/embed/sectors?lang=ru&theme=dark&title=0&controls=0');
  });

  it('writes static as static=1, which implies no controls', () => {
    const src = embedSource(
      'https://x.org',
      '/',
      { ...CHOICES, controls: false, isStatic: true },
      new URLSearchParams(),
    );
    expect(src).toBe('https://x.org/embed/growth/ratio?lang=ru&theme=dark&static=1');
  });

  it('sizes the iframe by the width preset and keeps the sizing script beside it', () => {
    expect(frameStyle('slides')).toBe('width:100%;max-width:960px;border:0');
    expect(frameStyle('full')).toBe('width:100%;border:0');
    const code = iframeCode('https://x.org/mic/embed/growth?lang=en', 'A "chart"', 'article', 812);
    expect(code).toBe(
      '<iframe src="https://x.org/mic/embed/growth?lang=en" title="A &quot;chart&quot;" data-mic-embed style="width:100%;max-width:640px;border:0" height="812" loading="lazy"></iframe>\n<script src="https://x.org/mic/embed.js" async></script>',
    );
  });

  it('gives a picture its file name and an escaped text alternative', () => {
    expect(imageCode('mic-growth-ratio-en.png', 'Growth “20-fold” <x> & "y".', 'slides')).toBe(
      '<img src="mic-growth-ratio-en.png" alt="Growth “20-fold” &lt;x&gt; &amp; &quot;y&quot;." style="width:100%;max-width:960px;height:auto">',
    );
  });

  it('describes a chart by its title, subtitle, own description (not how to use it by keyboard) and sources', () => {
    document.body.innerHTML = `
      <figure id="f">
        <h2 class="chart-frame__title">Members by sector</h2>
        <p class="chart-frame__subtitle">Shares of all members</p>
        <div class="chart-frame__body"><svg role="img" aria-labelledby="t"><title id="t">x</title><desc>Ten sectors; IT is the largest at 34 %. Use the arrow keys to move between bars.</desc></svg></div>
        <figcaption class="chart-frame__footer"><p>Source:   the presentation</p><p>Note: about 2021</p></figcaption>
      </figure>`;
    expect(chartAltText(document.getElementById('f')!)).toBe(
      'Members by sector. Shares of all members. Ten sectors; IT is the largest at 34 %. Source: the presentation. Note: about 2021.',
    );
  });
});

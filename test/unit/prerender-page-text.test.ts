import { describe, expect, it } from 'vitest';
import {
  chartSourcesOf,
  headlinesOf,
  leadOf,
  mainChartOf,
  shortened,
} from '../../scripts/prerender/page-text';
import {
  EMBED_CHARTS as PRERENDER_EMBED_CHARTS,
  htmlFileOf,
  LANGS,
  localizedPath,
  PRERENDERED_PATHS,
  VIEWS,
} from '../../scripts/prerender/routes';
import { EMBED_CHARTS } from '../../src/lib/embed-charts';
import { LANGUAGES } from '../../src/lib/language';
import { VIEW_IDS } from '../../src/lib/paths';
import { languagePath } from '../../src/lib/url-state';

// The cards and meta tags say what the pre-rendered page says: read from its HTML, never written twice.
describe('what a pre-rendered page says, for its card and meta tags', () => {
  const page = [
    '<p class="lead">Growth over time &amp; its sources. Hover over a point. A third sentence.</p>',
    '<figure class="card chart-frame"><svg width="10"><rect/></svg>',
    `<svg width="640" height="400"><svg class="icon"></svg>${'<g></g>'.repeat(600)}</svg>`,
    '<p class="chart-source"><span class="chart-source__label">Sources: </span>',
    '<span class="citation"><span>Kutsenko &amp; Ismagulova</span>, <q>x</q></span>',
    '<span class="citation">; <a href="https://tass.ru">TASS<span class="visually-hidden"> (opens in a new tab)</span></a></span>',
    '<span class="citation">; <span>Kutsenko &amp; Ismagulova</span></span></p></figure>',
    '<span class="headline__label">Members</span><span class="headline__value" data-qualifier="exact">15,800</span>',
  ].join('');

  it('reads the lead and shortens it to whole sentences', () => {
    expect(leadOf(page)).toBe('Growth over time & its sources. Hover over a point. A third sentence.');
    expect(shortened(leadOf(page) ?? '', 40)).toBe('Growth over time & its sources.');
  });

  it('finds the main chart whole, nested SVGs included, past the small icons', () => {
    const chart = mainChartOf(page) ?? '';
    expect(chart.startsWith('<svg width="640"')).toBe(true);
    expect(chart.endsWith('</g></svg>')).toBe(true);
  });

  it('names each cited source once, without the screen-reader hints, and the headline figures', () => {
    expect(chartSourcesOf(page)).toEqual(['Kutsenko & Ismagulova', 'TASS']);
    expect(headlinesOf(page)).toEqual(['Members: 15,800']);
  });

  it('writes each page where a static host serves its path', () => {
    expect(htmlFileOf('/', 'en')).toBe('index.html');
    expect(htmlFileOf('/', 'ru')).toBe('ru/index.html');
    expect(htmlFileOf('/growth', 'en')).toBe('growth.html');
    expect(htmlFileOf('/embed/sectors', 'ru')).toBe('ru/embed/sectors.html');
  });

  it('uses the app’s views, languages and language paths (written out in the build script)', () => {
    expect(VIEWS).toEqual(VIEW_IDS);
    expect(PRERENDER_EMBED_CHARTS).toEqual(EMBED_CHARTS);
    expect(LANGS).toEqual(LANGUAGES);
    for (const lang of LANGS)
      for (const path of PRERENDERED_PATHS) expect(localizedPath(path, lang)).toBe(languagePath(path, lang));
  });
});

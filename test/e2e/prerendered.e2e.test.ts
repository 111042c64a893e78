/**
 * The pages written at build time (scripts/prerender/): read with JavaScript off they show their headline figures,
 * charts and sources in their language; with it on, the app hydrates them without a mismatch; each carries its
 * meta tags and card image.
 */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { BASE_URL, newTestContext, sharedBrowser } from './browser';

const browser = sharedBrowser();

const VIEWS = ['growth', 'sectors', 'subclusters', 'regions', 'timeline', 'framework'] as const;
const PATHS = ['/', ...VIEWS.map((v) => `/${v}`), '/sources', '/present', ...VIEWS.map((v) => `/embed/${v}`)];
const PAGES = (['en', 'ru'] as const).flatMap((lang) =>
  PATHS.map((path) => ({ lang, path, url: lang === 'en' ? path : path === '/' ? '/ru/' : `/ru${path}` })),
);

/** A figure from the shipped snapshot that each page shows (either language's number format). */
const FIGURE: Record<string, RegExp> = {
  overview: /15[,\s]800/,
  growth: /15[,\s]800/,
  sectors: /48\s?%/,
  subclusters: /\b10\b/,
  regions: /6[,\s]500/,
  timeline: /\b108\b/,
  framework: /15[,\s]800/,
  sources: /15[,\s]800/,
  present: /15[,\s]800/,
};
const HEADING = {
  en: {
    overview: 'The Moscow Innovation Cluster at a glance',
    growth: 'Growth',
    sources: 'Sources and figures',
  },
  ru: {
    overview: 'Московский инновационный кластер: главное',
    growth: 'Рост',
    sources: 'Источники и данные',
  },
};
const slugOf = (path: string) => path.replace(/^\/(embed\/)?/, '') || 'overview';

describe('pre-rendered pages', () => {
  it(
    'show their headline figures, charts and sources with JavaScript off, in their language',
    {
      timeout: 300_000,
    },
    async () => {
      const context = await newTestContext(browser(), { javaScriptEnabled: false });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const { lang, path, url } of PAGES) {
        const response = await page.goto(`${BASE_URL}${url}`);
        const seen = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          h1: document.querySelector('h1')?.textContent ?? '',
          text: (document.getElementById('root')?.innerText ?? '').replace(/\s+/g, ' '),
          charts: [...document.querySelectorAll('#root svg')].filter(
            (s) => s.querySelectorAll('text').length > 3,
          ).length,
          frames: document.querySelectorAll('#root figure.chart-frame').length,
          visible: getComputedStyle(document.getElementById('root')!).visibility,
          sheets: [...document.styleSheets].map((sheet) => sheet.href ?? ''),
        }));
        const slug = slugOf(path);
        const say = (what: string) => problems.push(`${url}: ${what}`);
        if (response?.status() !== 200) say(`HTTP ${response?.status()}`);
        if (seen.lang !== lang) say(`html lang="${seen.lang}"`);
        if (seen.visible !== 'visible') say('hidden');
        const heading = HEADING[lang][slug as keyof (typeof HEADING)['en']];
        if (heading && seen.h1 !== heading) say(`heading "${seen.h1}"`);
        if (!FIGURE[slug]!.test(seen.text)) say(`no ${FIGURE[slug]} in the text`);
        if (!/Kutsenko|Куценко/.test(seen.text)) say('no source named');
        // The framework's chart is drawn in HTML (tiles), the others in SVG.
        if (!['overview', 'sources', 'framework'].includes(slug) && seen.charts === 0) say('no chart drawn');
        if (slug === 'framework' && !seen.frames) say('no chart frame');
        // Styled by its view's own sheet, as with the app (the deck by its first slide's: it fetches the other
        // views' once mounted, and their sheets in its head held its first paint up).
        for (const view of slug === 'present' ? VIEWS.slice(0, 1) : VIEWS.filter((v) => v === slug))
          if (!seen.sheets.some((href) => href.includes(`/${view}-route-`))) say(`no ${view} style sheet`);
        if (lang === 'ru' && !/[а-яё]{4}/i.test(seen.h1)) say('heading not in Russian');
      }
      expect(problems).toEqual([]);
    },
  );

  it(
    'hydrate without a mismatch warning, keep their HTML and make no Intl formatter',
    { timeout: 300_000 },
    async () => {
      const problems: string[] = [];
      // Every page, and two single-chart embeds (every one of those is drawn in test/e2e/embed-charts).
      // One page for all: each navigation is a new document, and the init script runs in each.
      const context = await newTestContext(browser());
      await context.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { __first: Element | null }).__first = document.querySelector('#root > *');
        });
        // A page's first Intl number or date format or collator costs 30-50 ms of main thread: the pre-rendered
        // page carries the dates it writes (i18n/format.ts), numbers need no Intl, and collators wait for a sort.
        const made: string[] = [];
        (window as unknown as { __intl: string[] }).__intl = made;
        for (const name of ['DateTimeFormat', 'NumberFormat', 'Collator'] as const) {
          const Original = Intl[name] as unknown as new (...args: unknown[]) => object;
          const Counted = function (...args: unknown[]) {
            made.push(`${name}(${JSON.stringify(args)})`);
            return new Original(...args);
          };
          Counted.prototype = Original.prototype as object;
          Object.defineProperty(Intl, name, { value: Counted, configurable: true, writable: true });
        }
      });
      const page = await context.newPage();
      let url = '';
      page.on('console', (m) => {
        if (
          ['error', 'warning'].includes(m.type()) &&
          /hydrat|#41[89]|#42[35]|did(n't| not) match/i.test(m.text())
        )
          problems.push(`${url}: ${m.text().slice(0, 200)}`);
      });
      page.on('pageerror', (e) => problems.push(`${url}: ${e.message.slice(0, 200)}`));
      for (url of [...PAGES.map((p) => p.url), '/embed/growth/ratio', '/ru/embed/sectors/members']) {
        await page.goto(`${BASE_URL}${url}`);
        // The class goes once the hydrated view has measured itself: hydration, and any warning, is over.
        await page.waitForFunction(() => !document.documentElement.classList.contains('app-pending'));
        const kept = await page.evaluate(
          () =>
            (window as unknown as { __first: Element | null }).__first ===
            document.querySelector('#root > *'),
        );
        if (!kept) problems.push(`${url}: rendered afresh instead of hydrating`);
        const intl = await page.evaluate(() => (window as unknown as { __intl: string[] }).__intl);
        if (intl.length > 0) problems.push(`${url}: made ${intl.join(', ')} while hydrating`);
      }
      await context.close();
      expect(problems).toEqual([]);
    },
  );

  it('hold only the chosen option of each select until the page is live, then every one', async () => {
    // Inert without JavaScript, the options were a few hundred bytes of gzip: the Russian page's HTML then took
    // a second round trip.
    const html = await (await fetch(`${BASE_URL}/ru/growth`)).text();
    const basis = /<div class="growth-ratio__basis">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(basis.match(/<select/g)).toHaveLength(2);
    expect(basis.match(/<option [^>]*selected/g)).toHaveLength(2);
    expect(basis.match(/<option/g)).toHaveLength(2);
    const context = await newTestContext(browser());
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/ru/growth`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    const options = page.locator('.growth-ratio__basis select').first().locator('option');
    await expect.poll(() => options.count()).toBeGreaterThan(10);
    await context.close();
  });

  it('render afresh where the URL asks for more than the HTML shows', async () => {
    const context = await newTestContext(browser());
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/growth?tab=table`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Table', pressed: true }).waitFor();
    await page.locator('#main table').first().waitFor();
    await page.goto(`${BASE_URL}/ru/sectors?lang=en`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Sectors' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('carry a canonical link, hreflang alternates and a 1200×630 card image per language', async () => {
    for (const url of ['/growth', '/ru/growth', '/', '/ru/embed/regions']) {
      const html = await (await fetch(`${BASE_URL}${url}`)).text();
      const en = url.replace(/^\/ru(?=\/)/, '');
      const ru = url.startsWith('/ru') ? url : url === '/' ? '/ru/' : `/ru${url}`;
      expect(html).toContain(`<link rel="canonical" href="${url}" />`);
      expect(html).toContain(`<link rel="alternate" hreflang="en" href="${en}" />`);
      expect(html).toContain(`<link rel="alternate" hreflang="ru" href="${ru}" />`);
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${en}" />`);
      expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image" \/>/);
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(image).toMatch(url.startsWith('/ru') ? /^\/og\/ru\// : /^\/og\/en\//);
      const png = PNG.sync.read(Buffer.from(await (await fetch(`${BASE_URL}${image}`)).arrayBuffer()));
      expect([png.width, png.height]).toEqual([1200, 630]);
    }
  });

  it('land a #figure- link on its row of /sources, whose table is laid out only near the screen', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await newTestContext(browser(), {
        javaScriptEnabled,
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      await page.goto(`${BASE_URL}/sources`);
      const id = await page.locator('.data-table tbody tr[id]').last().getAttribute('id');
      await page.goto(`${BASE_URL}/sources#${id}`);
      const seen = () =>
        page.evaluate((rowId) => {
          const top = document.getElementById(rowId)?.getBoundingClientRect().top ?? NaN;
          return { inView: top >= 0 && top < window.innerHeight, scrolled: window.scrollY };
        }, id ?? '');
      await expect
        // A busy machine lays the table out late: the default second of polling failed once in five local runs.
        .poll(async () => (await seen()).inView, {
          message: `JavaScript ${javaScriptEnabled}`,
          timeout: 10_000,
        })
        .toBe(true);
      expect((await seen()).scrolled).toBeGreaterThan(5000);
      await context.close();
    }
  });
});

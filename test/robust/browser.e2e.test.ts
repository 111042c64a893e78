/**
 * The robustness suite's browser half, on the production build in Chromium: every broken file of the corpus
 * served in place of the shipped one, network faults, and a seeded run of generated URLs with client-side
 * navigation. Asserts the dashboard always answers: no uncaught error, no blank main area, no script from the
 * data run, no request off the site's origin, and a notice for every value it does not recognise.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BASE_URL, newTestContext, sharedBrowser } from '../e2e/browser';
import { PAGE_IDS } from '../../src/lib/paths';
import { brokenFiles, everyTextInjected, injectedFiles, TEXT_COUNT } from './corpus';

const browser = sharedBrowser();
const tally = {
  files: 0,
  refused: 0,
  faults: 0,
  urls: 0,
  crashes: 0,
  blank: 0,
  unreported: 0,
  scripts: 0,
  offOrigin: 0,
};
afterAll(() => console.log(`robustness: ${JSON.stringify(tally)}`));

/** A page that counts uncaught errors and requests that leave the origin. */
async function watchedPage() {
  const context = await newTestContext(browser(), { viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => {
    tally.crashes++;
    problems.push(`pageerror: ${e.message}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(BASE_URL) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      tally.offOrigin++;
      problems.push(`off-origin request: ${url}`);
    }
  });
  return { page, problems };
}

const pwned = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned !== undefined);

describe('broken data files', () => {
  // Every sixth file of the corpus, and the largest (the unit half checks each file's message): a page load per
  // file is slow.
  const files = brokenFiles().filter((f, i) => i % 6 === 0 || f.name === '50 MB of padding');
  it(`refuses each of ${files.length} files with its file and JSON path, and keeps the dashboard usable`, async () => {
    const { page, problems } = await watchedPage();
    const wrong: string[] = [];
    for (const f of files) {
      await page.unrouteAll();
      await page.route(`**/data/${f.file}`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: f.body }),
      );
      await page.goto(`${BASE_URL}/sources`);
      const alert = page.getByRole('alert');
      // The 50 MB file alone takes 15–20 s to pass through the test's request interception on 2 cores.
      await alert.waitFor({ timeout: 60_000 });
      const text = (await alert.textContent()) ?? '';
      tally.files++;
      if (text.includes(f.file) && text.includes(f.path)) tally.refused++;
      else wrong.push(`${f.name}: "${text.slice(0, 160)}"`);
      if (!(await page.getByRole('navigation', { name: 'Main' }).isVisible()))
        wrong.push(`${f.name}: no navigation`);
      if (await pwned(page)) {
        tally.scripts++;
        wrong.push(`${f.name}: a script ran`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(problems).toEqual([]);
  }, 300_000);

  it('shows text with markup from a valid file as text, and runs none of it', async () => {
    const { page, problems } = await watchedPage();
    for (const f of injectedFiles().filter((_, i) => i % 2 === 0)) {
      await page.unrouteAll();
      await page.route('**/data/mic-2021.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: f.body }),
      );
      for (const path of ['/sources', '/timeline', '/framework']) {
        await page.goto(`${BASE_URL}${path}`);
        // The HTML is the build's until the app has taken the page over.
        await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
        await page.locator('h1').first().waitFor();
        await page.waitForFunction(() => !document.querySelector('.status--loading'));
        if (await pwned(page)) tally.scripts++;
        expect(await pwned(page), `${f.name} on ${path}`).toBe(false);
      }
    }
    expect(problems).toEqual([]);
  });
});

it(`runs none of the markup put into all ${TEXT_COUNT} texts of the snapshot, on every page and tab`, async () => {
  const { page, problems } = await watchedPage();
  const body = everyTextInjected();
  await page.route('**/data/mic-2021.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const paths = [
    ...PAGE_IDS.map((id) => (id === 'overview' ? '/' : `/${id}`)),
    '/present',
    '/embed/framework',
  ];
  for (const path of [...paths, ...paths.slice(1, 7).map((p) => `${p}?tab=table`)]) {
    await page.goto(`${BASE_URL}${path}`);
    // The HTML is the build's until the app has taken the page over.
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    await page.locator('h1').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('.status--loading'));
    if (await pwned(page)) tally.scripts++;
    expect(await pwned(page), path).toBe(false);
  }
  // The markup is on screen as text.
  await page.goto(`${BASE_URL}/sources`);
  await page.getByText('<script>window.__pwned=1</script>', { exact: false }).first().waitFor();
  expect(problems).toEqual([]);
});

describe('network faults', () => {
  const cases: [string, (page: Page) => Promise<unknown>, RegExp][] = [
    [
      '404',
      (p) => p.route('**/data/mic-2021.json', (r) => r.fulfill({ status: 404, body: 'nope' })),
      /HTTP 404/,
    ],
    [
      '500',
      (p) => p.route('**/data/index.json', (r) => r.fulfill({ status: 500, body: 'oops' })),
      /HTTP 500/,
    ],
    ['abort', (p) => p.route('**/data/mic-2021.json', (r) => r.abort('connectionreset')), /network error/],
    ['hang', (p) => p.route('**/data/mic-2021.json', () => undefined), /no answer within 10 s/],
  ];
  for (const [name, fault, message] of cases)
    it(`says what failed on ${name} and recovers with "Try again"`, async () => {
      const { page, problems } = await watchedPage();
      await fault(page);
      await page.goto(`${BASE_URL}/growth`);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.textContent()).toMatch(message);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await alert.getByRole('button', { name: 'Try again' }).click();
      await page.locator('main figure').first().waitFor();
      tally.faults++;
      expect(problems).toEqual([]);
    });

  it('names the file still loading on a slow response, then shows the page', async () => {
    const { page, problems } = await watchedPage();
    // Slower than the app's wait for the data (1 s, app/start.tsx) and the 3 s after which the loading page
    // names the file (ui/data-state.tsx), with room to spare.
    await page.route('**/data/mic-2021.json', async (route) => {
      await new Promise((r) => setTimeout(r, 6500));
      await route.continue();
    });
    // With options in the URL the page is rendered afresh (a pre-rendered page would show its HTML meanwhile).
    await page.goto(`${BASE_URL}/sectors?measure=count`);
    await page.getByText('Still loading mic-2021.json…').waitFor({ timeout: 10_000 });
    await page.locator('main figure').first().waitFor();
    tally.faults++;
    expect(problems).toEqual([]);
  });
});

/** Each route's own options: valid values, and any other value is reported. `q` takes any text. */
const ROUTES: Record<string, Record<string, string[]>> = {
  '/': {},
  '/growth': {
    tab: ['chart', 'table'],
    scale: ['linear', 'log'],
    events: ['on', 'off'],
    series: ['participants', 'partners,total'],
    range: ['2020-01-01..2021-01-01'],
  },
  '/sectors': {
    tab: ['chart', 'table'],
    measure: ['share', 'count'],
    sort: ['value', 'source'],
    highlight: ['sector-services'],
  },
  '/subclusters': { tab: ['chart', 'table'], chart: ['bars', 'scatter'], sort: ['participants', 'projects'] },
  '/regions': { tab: ['chart', 'table'], map: ['tiles', 'geo'], access: ['all', 'full'], region: ['RU-MOS'] },
  '/timeline': {
    tab: ['chart', 'table'],
    range: ['2020-01-01..2021-06-30'],
    cats: ['covid', 'governance,covid'],
  },
  '/framework': { tab: ['chart', 'table'], feature: ['1', '8'], goals: ['show', 'hide'] },
  '/sources': {},
  '/embed/growth': { scale: ['log'], title: ['0', '1'], controls: ['0'] },
  '/embed/sectors': { measure: ['count'], title: ['0'] },
  '/embed/timeline': { cats: ['covid'], controls: ['1'] },
  '/present': { slide: ['1', '3'], notes: ['0', '1'], views: ['growth,sectors'] },
};
const GLOBAL: Record<string, string[]> = {
  lang: ['en', 'ru'],
  theme: ['light', 'dark'],
  snapshot: ['mic-2021'],
};
const BAD = 'zz9';

const urlArb = fc.constantFrom(...Object.keys(ROUTES)).chain((route) => {
  const options = Object.entries({ ...GLOBAL, ...ROUTES[route] });
  return fc
    .subarray(options, { maxLength: Math.min(4, options.length) })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map(([name, values]) =>
          fc
            .oneof(
              { weight: 3, arbitrary: fc.constantFrom(...values) },
              { weight: 1, arbitrary: fc.constant(BAD) },
            )
            .map((v) => [name, v] as const),
        ),
      ),
    )
    .map((pairs) => ({ route, pairs: pairs }));
});

describe('generated URLs', () => {
  // 700 keeps test:all within its 20 minutes on 2 cores (1,000 took 128 s of one worker); ROBUST_URLS asks for more.
  const RUNS = Number(process.env.ROBUST_URLS ?? 700);
  it(`answers each of ${RUNS} URLs over every route, navigated client-side`, async () => {
    const { page, problems } = await watchedPage();
    await page.goto(`${BASE_URL}/`);
    // The HTML is the build's until the app has taken the page over.
    await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
    await page.locator('.headline').first().waitFor();
    const wrong: string[] = [];
    const samples = fc.sample(urlArb, { numRuns: RUNS, seed: 20261204 });
    for (const { route, pairs } of samples) {
      const search = new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString();
      const url = `${route}${search ? `?${search}` : ''}`;
      tally.urls++;
      // One round trip per URL: navigating, waiting for the page and reading it in three took twice as long.
      const { main, notices, scripts } = await page.evaluate(async (u) => {
        const frame = () => new Promise((done) => requestAnimationFrame(done));
        window.history.pushState({}, '', u);
        window.dispatchEvent(new PopStateEvent('popstate'));
        await frame();
        const deadline = performance.now() + 15_000;
        while (document.querySelector('.status--loading') || !document.querySelector('h1')) {
          if (performance.now() > deadline) throw new Error(`${u}: still loading after 15 s`);
          await frame();
        }
        return {
          main: (document.querySelector('main')?.textContent ?? '').trim().length,
          notices: [...document.querySelectorAll('.notice')].map((n) => n.textContent ?? '').join(' '),
          scripts: (window as unknown as { __pwned?: number }).__pwned !== undefined,
        };
      }, url);
      if (main === 0) {
        tally.blank++;
        wrong.push(`${url}: blank main area`);
      }
      for (const [name, value] of pairs)
        if (value === BAD && !notices.includes(`?${name}=${BAD}`)) {
          tally.unreported++;
          wrong.push(`${url}: ?${name}=${BAD} not reported`);
        }
      if (scripts) {
        tally.scripts++;
        wrong.push(`${url}: a script ran`);
      }
    }
    expect(wrong.slice(0, 30)).toEqual([]);
    expect(problems).toEqual([]);
  }, 600_000);
});

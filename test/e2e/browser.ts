import { CHROMIUM_FLAGS } from '../../scripts/bench-common.mjs';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Frame,
  type Page,
} from 'playwright-core';

export const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = CHROMIUM_FLAGS;

/**
 * Every context blocks service workers unless it asks for them (`serviceWorkers: 'allow'`, as the offline test
 * does): `page.route()`, which the tests inject faults with, never sees a request the worker answers, and a
 * worker left from one page would answer the next from its cache.
 */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...FLAGS, ...extraArgs],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options: BrowserContextOptions = {}) =>
    newContext({ serviceWorkers: 'block', ...options });
  return browser;
}

/**
 * Contexts opened by the running test: sharedBrowser closes them after each test, so a failed assertion
 * never leaves a context (and its pages and timers) behind for the next test. Tests that run concurrently
 * (the a11y sweep) open and close their own contexts in `finally` instead.
 */
const openContexts = new Set<BrowserContext>();

export async function newTestContext(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  openContexts.add(context);
  context.on('close', () => openContexts.delete(context));
  return context;
}

/**
 * A context at desktop size whose data requests get `snapshot` as the only one in the catalogue (a synthetic
 * snapshot at scale, on the same build), and a page in it that records page errors.
 */
export async function contextServing(
  browser: Browser,
  snapshot: { id: string; title: unknown; compiled: string },
) {
  const catalogue = {
    default: snapshot.id,
    snapshots: [
      { id: snapshot.id, file: 'mic-2021.json', title: snapshot.title, compiled: snapshot.compiled },
    ],
  };
  const context = await newTestContext(browser, { viewport: { width: 1280, height: 900 } });
  await context.route('**/data/index.json', (route) => route.fulfill({ json: catalogue }));
  await context.route('**/data/mic-2021.json', (route) => route.fulfill({ json: snapshot }));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  return { context, page, problems };
}

/** A page that records console errors, failed requests and any request that leaves the machine. */
export async function openPage(
  browser: Browser,
  path: string,
  viewport = { width: 1280, height: 900 },
  locale = 'en-US',
) {
  const context = await newTestContext(browser, { viewport, locale });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(BASE_URL) && !r.url().startsWith('data:'))
      problems.push(`third-party request: ${r.url()}`);
  });
  await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
  await appReady(page);
  return { page, problems, close: () => context.close() };
}

/**
 * Waits until the app has taken the page over (`<html data-app="ready">`, lib/page-gate.ts). A pre-rendered page
 * shows its buttons before React listens to them: a click before then is lost.
 */
export async function appReady(target: Page | Frame): Promise<void> {
  await target.waitForSelector('html[data-app="ready"]', { state: 'attached', timeout: 60_000 });
}

/**
 * Waits until the app has taken the page over and drawn its view. A page rendered afresh draws the view as a
 * transition after its data arrives (ui/view-page.tsx), so `appReady` alone can still see the loading line.
 */
export async function viewDrawn(target: Page | Frame): Promise<void> {
  await appReady(target);
  await target.waitForFunction(() => !document.querySelector('.status--loading'), undefined, {
    timeout: 60_000,
  });
}

export type { Page };

/** One Chromium for the calling test file: launched before its tests, closed after them. */
export function sharedBrowser(extraArgs: string[] = []): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(extraArgs);
  });
  afterEach(async () => {
    await Promise.all([...openContexts].map((c) => c.close().catch(() => undefined)));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is used before beforeAll launched it');
    return browser;
  };
}

/**
 * Records the page's Content-Security-Policy violations from its first script on; `cspViolations(page)` reads
 * them ("script-src-elem blocked inline"). Call before the context opens its pages.
 */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

/**
 * The visual suite: a full-page screenshot of every case in ./cases.ts compared with its committed baseline,
 * and the SVG of every chart compared as normalised text (the way Our World in Data's SVG tester does).
 * It also checks that every glyph on the page was drawn from the app's own font, never a system fallback.
 *
 * `npm run test:visual -- --update` rewrites the baselines. A failure writes actual, expected and diff files under
 * reports/visual/. Screenshots depend on the Chromium build, so when the installed major version differs from
 * the one that made the baselines, screenshot differences are warnings; SVG differences always fail.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, sharedBrowser } from '../e2e/browser';
import { CASES, caseUrl, type VisualCase } from './cases';
import { comparePng, lineDiff, normalizeSvg, writeFile } from './compare';

const UPDATE = process.env.VISUAL_UPDATE === '1';
const BASELINES = 'test/visual/baselines';
const REPORTS = 'reports/visual';
const META = `${BASELINES}/meta.json`;
/** The README's picture is the overview's baseline, so it always shows the page as the suite checks it. */
const README_PICTURE = { file: 'docs/overview.png', case: 'overview-1280-en-light' };
/** The instant every page sees as "now", so nothing on screen depends on the day the suite runs. */
const FROZEN_NOW = new Date('2026-12-01T12:00:00Z');
/**
 * Screenshots cover the page from the top down to this height. The longest pages (/sources at 390 px is
 * 27,000 px) would otherwise make the baselines tens of megabytes; their rows below are covered by e2e tests.
 */
const MAX_SHOT_HEIGHT = 6000;

interface Meta {
  chromium: string;
  made: string;
}
const meta: Meta | undefined = existsSync(META)
  ? (JSON.parse(readFileSync(META, 'utf8')) as Meta)
  : undefined;
const major = (v: string) => v.split('.')[0];

// Glyph hinting would otherwise follow the machine's fontconfig settings; fixed so another machine draws the
// same pixels.
const browser = sharedBrowser(['--font-render-hinting=none']);
const written = new Set<string>();
const warnings: string[] = [];

/** Waits until the view has its data, its fonts and a settled layout. */
async function ready(page: Page): Promise<void> {
  // First the app's take-over: every case has options in its URL, so its page is rendered afresh, and until
  // then the pre-rendered HTML (a heading, no loading line) passed the check below; one CI run caught the page
  // between the two, showing the view's loading line.
  await page.waitForSelector('html[data-app="ready"]', { state: 'attached' });
  await page.waitForFunction(
    () => document.querySelector('h1, h2') !== null && document.querySelector('.status--loading') === null,
  );
  await page.evaluate(async () => {
    // Faces load when text needs them (a Polish title needs Latin Extended); fonts.ready can resolve before the
    // layout that asks for them, and on a machine with no system font the glyph is a box until it arrives.
    // Loading the faces for all of the page's text first makes the shot independent of that race.
    const text = document.body.textContent ?? '';
    await document.fonts.load('400 16px "Inter Variable"', text);
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await page.waitForLoadState('networkidle');
}

/** Elements whose own text was drawn with any font that is not one of the page's web fonts. */
async function systemFontUses(context: BrowserContext, page: Page): Promise<string[]> {
  await page.evaluate(() => {
    let i = 0;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (own) el.setAttribute('data-visual-text', String(i++));
    }
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: '[data-visual-text]',
  });
  const results = await Promise.all(
    nodeIds.map(async (nodeId) => {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const system = fonts.filter((f) => !f.isCustomFont);
      if (system.length === 0) return null;
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
      return `${system.map((f) => `${f.familyName} (${f.glyphCount} glyphs)`).join(', ')}: ${outerHTML.slice(0, 120)}`;
    }),
  );
  await cdp.detach();
  return results.filter((r): r is string => r !== null);
}

/** Each chart's SVG (not icons) with the id of its frame. */
function chartSvgs(page: Page): Promise<Array<{ name: string; markup: string }>> {
  return page.$$eval('.chart-frame', (frames) =>
    frames.flatMap((frame) =>
      Array.from(frame.querySelectorAll<SVGSVGElement>('.chart-frame__body svg'))
        .filter((svg) => svg.getBoundingClientRect().width >= 100 && !svg.parentElement?.closest('svg'))
        .map((svg, i) => ({ name: `${frame.id}-${i + 1}`, markup: svg.outerHTML })),
    ),
  );
}

function checkScreenshot(c: VisualCase, shot: Buffer, errors: string[]): void {
  const file = `${BASELINES}/screens/${c.name}.png`;
  written.add(file);
  if (UPDATE && c.name === README_PICTURE.case) writeFile(README_PICTURE.file, shot);
  if (UPDATE) return writeFile(file, shot);
  if (!existsSync(file)) return void errors.push(`no baseline ${file}: run npm run test:visual -- --update`);
  const result = comparePng(shot, readFileSync(file));
  if (result.ok) return;
  writeFile(`${REPORTS}/${c.name}.actual.png`, shot);
  writeFile(`${REPORTS}/${c.name}.expected.png`, readFileSync(file));
  if (result.diffPng) writeFile(`${REPORTS}/${c.name}.diff.png`, result.diffPng);
  const message = `${c.name}: screenshot ${result.message} (see ${REPORTS}/${c.name}.*.png)`;
  if (meta && major(meta.chromium) !== major(browser().version())) {
    warnings.push(`${message}; baselines made by Chromium ${meta.chromium}, this is ${browser().version()}`);
  } else errors.push(message);
}

function checkSvgs(c: VisualCase, svgs: Array<{ name: string; markup: string }>, errors: string[]): void {
  for (const svg of svgs) {
    const file = `${BASELINES}/svg/${c.name}__${svg.name}.svg`;
    const actual = normalizeSvg(svg.markup);
    written.add(file);
    if (UPDATE) {
      writeFile(file, actual);
      continue;
    }
    if (!existsSync(file)) {
      errors.push(`no baseline ${file}: run npm run test:visual -- --update`);
      continue;
    }
    const expected = readFileSync(file, 'utf8');
    if (actual === expected) continue;
    writeFile(`${REPORTS}/svg/${c.name}__${svg.name}.actual.svg`, actual);
    writeFile(`${REPORTS}/svg/${c.name}__${svg.name}.expected.svg`, expected);
    errors.push(`${c.name}: chart SVG ${svg.name} differs from ${file}:\n${lineDiff(actual, expected)}`);
  }
  if (!UPDATE) {
    const prefix = `${c.name}__`;
    const stale = readdirSync(`${BASELINES}/svg`).filter(
      (f) => f.startsWith(prefix) && !svgs.some((s) => `${prefix}${s.name}.svg` === f),
    );
    for (const f of stale) errors.push(`${c.name}: chart ${f} has a baseline but is not on the page`);
  }
}

describe('visual suite', () => {
  it(`the README's picture is the ${README_PICTURE.case} baseline`, () => {
    if (UPDATE) return;
    const baseline = readFileSync(`${BASELINES}/screens/${README_PICTURE.case}.png`);
    expect(readFileSync(README_PICTURE.file).equals(baseline), 'run npm run test:visual -- --update').toBe(
      true,
    );
  });
  for (const c of CASES) {
    it(c.name, async () => {
      const context = await browser().newContext({
        viewport: { width: c.width, height: 900 },
        deviceScaleFactor: 1,
        locale: c.lang === 'ru' ? 'ru-RU' : 'en-GB',
        timezoneId: 'UTC',
        colorScheme: c.theme,
        reducedMotion: 'reduce',
      });
      try {
        await context.clock.setFixedTime(FROZEN_NOW);
        const page = await context.newPage();
        const pageErrors: string[] = [];
        page.on('pageerror', (e) => pageErrors.push(e.message));
        await page.goto(`${BASE_URL}${caseUrl(c)}`, { waitUntil: 'networkidle' });
        await ready(page);
        // The picture shows the whole page as a reader scrolling down it sees it: a part the browser lays out
        // only near the screen (content-visibility, the /sources table) is drawn, not left blank below the fold.
        await page.addStyleTag({
          content:
            '*,*::before,*::after{animation:none!important;transition:none!important}*{content-visibility:visible!important}',
        });
        await page.mouse.move(0, 0);
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

        const errors: string[] = [];
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const shot = await page.screenshot({
          fullPage: true,
          clip: { x: 0, y: 0, width: c.width, height: Math.min(height, MAX_SHOT_HEIGHT) },
          animations: 'disabled',
          caret: 'hide',
        });
        checkScreenshot(c, shot, errors);
        if (c.svg) checkSvgs(c, await chartSvgs(page), errors);
        const fallback = await systemFontUses(context, page);
        if (fallback.length > 0)
          errors.push(`${c.name}: text drawn in a system font:\n  ${fallback.slice(0, 10).join('\n  ')}`);
        errors.push(...pageErrors.map((e) => `${c.name}: page error ${e}`));
        expect(errors, errors.join('\n')).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

afterAll(() => {
  if (warnings.length > 0) {
    writeFile(`${REPORTS}/warnings.txt`, warnings.join('\n') + '\n');
    console.warn(
      `visual suite: ${warnings.length} screenshot differences reported as warnings:\n${warnings.join('\n')}`,
    );
  }
  const screens = [...written].filter((f) => f.endsWith('.png')).length;
  if (!UPDATE || screens !== CASES.length) return;
  // A full update also removes baselines of cases or charts that no longer exist.
  for (const dir of ['screens', 'svg']) {
    for (const f of readdirSync(`${BASELINES}/${dir}`)) {
      const path = `${BASELINES}/${dir}/${f}`;
      if (!written.has(path)) rmSync(path);
    }
  }
  const made: Meta = { chromium: browser().version(), made: new Date().toISOString().slice(0, 10) };
  writeFileSync(META, JSON.stringify(made, null, 2) + '\n');
});

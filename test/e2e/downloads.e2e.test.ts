/** Every chart offers PNG, SVG, CSV and JSON downloads that hold its figures, in the current language. */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import type { Locator, Page } from 'playwright-core';
import { openPage, sharedBrowser } from './browser';

/** A figure each view's downloads must contain (as the raw value), from the seed or sourced facts. */
const EXPECT: Record<string, string> = {
  growth: '13000',
  sectors: '7584',
  subclusters: '78',
  regions: 'RU-MOS',
  timeline: '2020-03-30',
  framework: 'Bathelt',
};

const browser = sharedBrowser();

async function download(page: Page, button: Locator): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync(await file.path());
}

/**
 * The fonts that drew an SVG's text when the file is opened on its own, with neither the app's CSS nor its font
 * files: only what the SVG embeds. A system font here means the file looks different on another computer.
 */
async function svgTextFonts(viewer: Page): Promise<string[]> {
  await viewer.evaluate(() => document.fonts.ready);
  const cdp = await viewer.context().newCDPSession(viewer);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'text' });
  const fonts = new Set<string>();
  for (const nodeId of nodeIds) {
    for (const f of (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts)
      fonts.add(f.isCustomFont ? `${f.familyName} (embedded)` : `${f.familyName} (system)`);
  }
  await cdp.detach();
  return [...fonts];
}

function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString()).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('downloads', () => {
  for (const view of Object.keys(EXPECT)) {
    it(`/${view}: PNG, SVG, CSV and JSON`, async () => {
      const { page, problems, close } = await openPage(browser(), `/${view}`);
      const frames = page.locator('main figure.chart-frame');
      await frames.first().waitFor();
      const count = await frames.count();
      let allCsv = '';
      for (let i = 0; i < count; i++) {
        const frame = frames.nth(i);
        if ((await frame.getByRole('button', { name: 'Download CSV' }).count()) === 0) continue;
        const csv = (await download(page, frame.getByRole('button', { name: 'Download CSV' }))).toString(
          'utf8',
        );
        const rows = csvParse(csv.replace(/^\ufeff/, ''));
        expect(rows.length).toBeGreaterThan(0);
        allCsv += csv;
        const json = JSON.parse(
          (await download(page, frame.getByRole('button', { name: 'Download JSON' }))).toString('utf8'),
        ) as { rows: unknown[]; language: string; snapshot: string };
        expect(json).toMatchObject({ language: 'en', snapshot: 'mic-2021' });
        expect(json.rows.length).toBe(rows.length);
        // Charts drawn in HTML get a vector picture too: their figures as an SVG table.
        if ((await frame.locator('.chart-frame__body svg').count()) === 0) {
          const svg = (await download(page, frame.getByRole('button', { name: 'Download SVG' }))).toString(
            'utf8',
          );
          expect(svg).toContain(await frame.locator('.chart-frame__title').innerText());
          expect(svg).not.toContain('var(--');
          const viewer = await browser().newPage();
          await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
          const words = (await viewer.locator('svg text').allTextContents()).join(' ');
          expect((await svgTextFonts(viewer)).filter((f) => f.endsWith('(system)'))).toEqual([]);
          expect(words).toContain(view === 'framework' ? 'Bathelt' : 'Scientific research');
          mkdirSync('shots', { recursive: true });
          await viewer.screenshot({ path: `shots/download-${view}-${i}.png`, fullPage: true });
          await viewer.close();
        }
      }
      expect(allCsv).toContain(EXPECT[view]);

      const first = frames.first();
      const cssWidth = (await first.boundingBox())!.width;
      const png = pngSize(await download(page, first.getByRole('button', { name: 'Download PNG' })));
      expect(Math.abs(png.width - cssWidth * 2)).toBeLessThanOrEqual(4);

      if ((await first.locator('.chart-frame__body svg').count()) > 0) {
        const svg = (await download(page, first.getByRole('button', { name: 'Download SVG' }))).toString(
          'utf8',
        );
        expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
        expect(svg).toContain(await first.locator('.chart-frame__title').innerText());
        expect(svg).not.toContain('var(--');
        // Open the file on its own, as another program would, and keep a picture of it.
        const viewer = await browser().newPage();
        await viewer.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
        expect(await viewer.locator('svg text').count()).toBeGreaterThan(3);
        expect(svg).toMatch(/@font-face\{font-family:'Inter Variable'[^}]*src:url\(data:font\/woff2;base64,/);
        const fonts = await svgTextFonts(viewer);
        expect(fonts.filter((f) => f.endsWith('(system)'))).toEqual([]);
        expect(fonts.length).toBeGreaterThan(0);
        mkdirSync('shots', { recursive: true });
        await viewer.screenshot({ path: `shots/download-${view}.png`, fullPage: true });
        writeFileSync(`shots/download-${view}.svg`, svg);
        await viewer.close();
      }
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('names the buttons in Russian and exports Russian labels', async () => {
    const { page, close } = await openPage(browser(), '/sectors?lang=ru');
    const frame = page.locator('main figure.chart-frame').first();
    await frame.waitFor();
    const csv = (await download(page, frame.getByRole('button', { name: 'Скачать CSV' }))).toString('utf8');
    expect(csv).toMatch(/[А-Яа-яЁё]/);
    expect(await frame.getByRole('button', { name: 'Скачать PNG' }).count()).toBe(1);
    expect(await frame.getByRole('button', { name: 'Скачать SVG' }).count()).toBe(1);
    expect(await frame.getByRole('button', { name: 'Скачать JSON' }).count()).toBe(1);
    await close();
  });
});

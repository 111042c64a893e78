/** `/embed-builder`: the code it copies, pasted into a host page, shows what its preview showed. */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { BASE_URL, newTestContext, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** What a reader sees of an embed: which chart frames, whether their titles show, the language, the theme. */
const looks = (frame: Frame) =>
  frame.evaluate(() => ({
    frames: [...document.querySelectorAll('.chart-frame')].map((e) => e.id),
    titleShown: [...document.querySelectorAll('.chart-frame__title')].map(
      (e) => !e.classList.contains('visually-hidden'),
    ),
    lang: document.documentElement.lang,
    theme: document.documentElement.dataset.theme,
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
  }));

/** The embed's frame in `page` once its chart is drawn. */
async function drawnEmbed(page: Page, url: RegExp): Promise<Frame> {
  await expect.poll(() => page.frame({ url }), { timeout: 30000 }).toBeTruthy();
  const frame = page.frame({ url })!;
  await frame.locator('.chart-frame').first().waitFor({ timeout: 30000 });
  // The pre-rendered page was rendered for the bare address: the embed's options apply once the app has it.
  await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, {
    timeout: 30000,
  });
  return frame;
}

describe('embed builder', () => {
  it('opens on a view from its share actions, and its copied code shows on a host page what the preview showed', async () => {
    const { page, problems, close } = await openPage(browser(), '/sectors?measure=count');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    await page.getByRole('link', { name: 'Embed builder' }).click();
    await page.getByRole('heading', { level: 1, name: 'Embed builder' }).waitFor();
    const target = page.getByRole('combobox', { name: 'What to embed' });
    expect(await target.inputValue()).toBe('sectors');

    await target.selectOption('sectors/projects');
    await page.getByRole('radio', { name: 'Русский' }).check();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('checkbox', { name: 'Title' }).uncheck();
    await page.getByRole('radio', { name: 'Slides (16:9, 960 px)' }).check();
    // The builder's state is its URL: a shared link reopens these choices.
    expect(new URL(page.url()).search).toBe(
      '?measure=count&embed=sectors%2Fprojects&embed-lang=ru&embed-theme=light&title=0&width=slides'.replace(
        'light',
        'dark',
      ),
    );

    const src = /\/embed\/sectors\/projects\?measure=count&lang=ru&theme=dark&title=0$/;
    const preview = await drawnEmbed(page, src);
    const shown = await looks(preview);
    expect(shown).toMatchObject({
      frames: ['sectors-projects'],
      titleShown: [false],
      lang: 'ru',
      theme: 'dark',
    });
    // The preview is sized by the embed's height messages, as /embed.js sizes it on a host page.
    const previewFrame = page.locator('iframe.builder__frame');
    await expect
      .poll(async () => Math.abs((await previewFrame.boundingBox())!.height - (await looks(preview)).content))
      .toBeLessThanOrEqual(24);
    expect((await previewFrame.boundingBox())!.width).toBe(960);
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Embed code' }).inputValue())
      .toMatch(/height="\d+"/);

    await page.getByRole('button', { name: 'Copy code' }).click();
    await page.getByText('Code copied').waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toBe(await page.getByRole('textbox', { name: 'Embed code' }).inputValue());
    expect(code).toContain('title="Инновационные проекты по областям"');

    const host = await (
      await newTestContext(browser(), { viewport: { width: 1280, height: 900 } })
    ).newPage();
    await host.setContent(
      `<!doctype html><html><body style="margin:0"><main style="width:1200px">${code}</main></body></html>`,
    );
    const pasted = await drawnEmbed(host, src);
    const onHost = await looks(pasted);
    expect({ ...onHost, content: 0 }).toEqual({ ...shown, content: 0 });
    const hostFrame = host.locator('iframe[data-mic-embed]');
    expect((await hostFrame.boundingBox())!.width).toBe(960);
    await expect
      .poll(async () => Math.abs((await hostFrame.boundingBox())!.height - (await looks(pasted)).content), {
        timeout: 30000,
      })
      .toBeLessThanOrEqual(24);
    expect(problems).toEqual([]);
    await close();
  });

  it('gives a picture of the preview’s chart with its file name and a meaningful alt text', async () => {
    const { page, problems, close } = await openPage(
      browser(),
      '/embed-builder?embed=sectors/members&code=img&embed-lang=en',
    );
    const preview = await drawnEmbed(page, /\/embed\/sectors\/members\?/);
    await preview.locator('.chart-frame svg').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PNG' }).click();
    const file = (await download).suggestedFilename();
    expect(file).toBe('mic-sectors-members-share-en.png');
    const code = await page.getByRole('textbox', { name: 'Picture code' }).inputValue();
    const alt = /alt="([^"]+)"/.exec(code)?.[1] ?? '';
    expect(code).toMatch(/^<img src="mic-sectors-members-share-en\.png" alt="/);
    // More than the title: what the chart says and where it comes from.
    expect(alt).toMatch(/^Members by sector\. /);
    expect(alt).toMatch(/Source: /);
    expect(alt).not.toMatch(/arrow keys/);
    expect(alt.length).toBeGreaterThan(80);
    expect(problems).toEqual([]);
    await close();
  });

  it('static embeds take no keyboard focus and show no controls or downloads', async () => {
    for (const query of ['', '?static=1']) {
      const interactive = query === '';
      const { page, problems, close } = await openPage(browser(), `/embed/sectors/members${query}`);
      await page.locator('.chart-frame svg').first().waitFor();
      const stops = await page.locator('.chart-frame__body [tabindex="0"]').count();
      expect(stops > 0, query).toBe(interactive);
      expect(await page.locator('.export-buttons').first().isVisible(), query).toBe(interactive);
      expect(problems).toEqual([]);
      await close();
    }
  });
});

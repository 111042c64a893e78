import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_URL, contextServing, sharedBrowser } from './browser';
import { scaleSnapshot } from '../../scripts/scale-snapshot.mjs';

const browser = sharedBrowser();

// A synthetic snapshot 10× the shipped one (marked synthetic): 20 stated multiples, 230 growth points and 10
// to 20 evidence items per framework feature, served in place of the shipped files, on the same build.
const snapshot = scaleSnapshot(JSON.parse(readFileSync('public/data/mic-2021.json', 'utf8')), 10) as {
  id: string;
  title: unknown;
  compiled: string;
  framework: { features: { evidence: unknown[] }[] };
};
const evidence = snapshot.framework.features.reduce((n, f) => n + f.evidence.length, 0);

async function openAtTenTimes(path: string, ready: string) {
  const { page, problems } = await contextServing(browser(), snapshot);
  await page.goto(`${BASE_URL}${path}`);
  await page.locator(ready).first().waitFor();
  return { page, problems };
}

describe('lists shown in part at 10× the data, in Chromium', () => {
  it('growth: six stated multiples until asked, and a basis select that opens with every point', async () => {
    const { page, problems } = await openAtTenTimes('/growth', '.growth-ratio__card');
    const cards = page.locator('.growth-ratio__card:not(.growth-ratio__card--derived)');
    expect(await cards.count()).toBe(6);
    const from = page.getByRole('combobox', { name: 'From' });
    expect(await from.locator('option').count()).toBe(1);
    // By keyboard: focus draws every option, and ↓ moves to the next point as in any select.
    const before = await from.inputValue();
    await from.focus();
    expect(await from.locator('option').count()).toBeGreaterThan(200);
    expect(await from.inputValue()).toBe(before);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => from.inputValue()).not.toBe(before);
    await page.getByRole('button', { name: 'Show all 20 stated multiples' }).click();
    expect(await cards.count()).toBe(20);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('growth-ratio__card'))).toBe(
      true,
    );
    expect(problems).toEqual([]);
  });

  it('framework: three evidence items per feature, all of one on request, and all of them in print', async () => {
    const { page, problems } = await openAtTenTimes('/framework', '.framework-evidence');
    const items = page.locator('.framework-evidence');
    expect(await items.count()).toBe(8 * 3);
    await page
      .locator('#feature-2')
      .getByRole('button', { name: /^Show all \d+ evidence items/ })
      .click();
    const two = snapshot.framework.features[1]?.evidence.length ?? 0;
    expect(await page.locator('#feature-2 .framework-evidence').count()).toBe(two);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => items.count()).toBe(evidence);
    expect(await page.locator('button.show-all').count()).toBe(0);
    // What the reader opened is still open after printing.
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => items.count()).toBe(7 * 3 + two);
    expect(problems).toEqual([]);
  });
});

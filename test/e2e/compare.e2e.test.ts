/**
 * /compare between the shipped snapshot and an edited copy kept in this browser finds exactly the fixture's
 * edits, on the page and in the CSV; /growth?compare= draws that copy as a ghost layer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { openPage, sharedBrowser } from './browser';
import { EDITED, keepOwnSnapshot } from './own-snapshot-seed';
import { EXPECTED_EDITS } from '../fixtures/snapshots/edited-snapshot';

const browser = sharedBrowser();
const OWN_ID = 'own-e2eedited';

describe('/compare', () => {
  it('lists exactly 3 changed, 2 added, 1 removed, the CSV holds them, and /growth?compare= draws the ghost', async () => {
    const { page, problems, close } = await openPage(browser(), '/compare');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('?b=');
    await keepOwnSnapshot(page, OWN_ID, EDITED);

    await page.goto(`${page.url().split('/compare')[0]}/compare?b=${OWN_ID}`, { waitUntil: 'networkidle' });
    await page.locator('.compare__counts').waitFor();
    const count = (status: string) =>
      page.locator(`.compare__count[data-status="${status}"] .compare__count-number`).textContent();
    expect([await count('changed'), await count('added'), await count('removed')]).toEqual(['3', '2', '1']);
    expect(await page.locator('main').textContent()).toContain('your snapshot, not published');
    const rows = page.locator('tr[data-figure]');
    const listed = await rows.evaluateAll((trs) =>
      trs.map((tr) => `${tr.getAttribute('data-status')} ${tr.getAttribute('data-figure')}`),
    );
    const expected = [
      ...Object.keys(EXPECTED_EDITS.changed).map((id) => `changed ${id}`),
      ...EXPECTED_EDITS.added.map((id) => `added ${id}`),
      ...EXPECTED_EDITS.removed.map((id) => `removed ${id}`),
    ];
    expect([...listed].sort()).toEqual(expected.sort());

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = csvParse(readFileSync(await file.path(), 'utf8').replace(/^\ufeff/, ''));
    expect(csv.map((r) => `${r.status} ${r.id}`)).toEqual(listed);
    expect(csv.find((r) => r.id === 'participants-2019-400')?.after_value).toBe('450');

    await page.goto(`${page.url().split('/compare')[0]}/growth?compare=${OWN_ID}`, {
      waitUntil: 'networkidle',
    });
    const ghost = page.locator('[data-ghost] [data-series]');
    await ghost.first().waitFor({ state: 'attached' });
    expect(await ghost.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-ghost-legend]').textContent()).toContain('(edited copy)');
    expect(await page.locator('[data-ghost-legend]').textContent()).toContain('for comparison');
    expect(problems).toEqual([]);
    await close();
  });
});

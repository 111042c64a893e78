/**
 * Opening a snapshot of your own (README, "Your own snapshot"): every broken fixture is refused with its JSON
 * path and message, no script from a file runs, the published data stays usable; a valid edited copy becomes
 * the tab's snapshot on every page, in downloads and citations, survives a reload and is removed cleanly.
 * One browser context and one page throughout: the e2e suite is near its time budget.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { BASE_URL, sharedBrowser, appReady } from './browser';
import { BROKEN_FIXTURES, MARKUP_FIXTURE, oversizedText } from '../fixtures/snapshots/broken-snapshots';
import { EVERY_VIEW_EDITS } from '../fixtures/snapshots/edited-every-view';

const browser = sharedBrowser();
const edited = readFileSync('test/fixtures/snapshots/edited.json');
const everyView = readFileSync('test/fixtures/snapshots/edited-every-view.json');
const BANNER = /^Your snapshot: .+, loaded from .+, not published/;

let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  // Not a newTestContext: those are closed after each test, and these tests walk on from one another.
  context = await browser().newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
});
afterAll(async () => {
  await context?.close();
});

const pwned = () => page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
const banner = () => page.getByRole('region', { name: 'Your snapshot' }).filter({ hasText: BANNER });
const snapshotParam = () => new URL(page.url()).searchParams.get('snapshot');

async function openFile(name: string, file: Buffer | string) {
  await appReady(page);
  const input = page.getByLabel('Choose a JSON file');
  if ((await input.count()) === 0) await page.getByRole('button', { name: 'Open a snapshot' }).click();
  await input.setInputFiles(
    typeof file === 'string' ? file : { name, mimeType: 'application/json', buffer: file },
  );
}

describe('a snapshot of your own', () => {
  it('refuses every broken fixture with its JSON path and message, and leaves the published data in place', async () => {
    await page.goto(`${BASE_URL}/sources`, { waitUntil: 'networkidle' });
    const heading = page.getByRole('heading', { name: /^Every figure/ });
    const shippedCount = await heading.textContent();
    for (const fixture of BROKEN_FIXTURES) {
      await openFile(fixture.file, Buffer.from(fixture.text));
      const alert = page.getByRole('alert').filter({ hasText: `${fixture.file} is not a valid snapshot` });
      await alert.waitFor({ timeout: 10_000 });
      const text = await alert.textContent();
      expect(text, fixture.file).toContain(fixture.expect.path);
      expect(text, fixture.file).toContain(fixture.expect.message);
      expect(snapshotParam(), fixture.file).toBeNull();
    }
    // From disk: a 25 MB buffer sent over the DevTools protocol takes half a minute, a path does not.
    const huge = join(tmpdir(), `own-snapshot-huge-${process.pid}.json`);
    writeFileSync(huge, oversizedText());
    try {
      await openFile('huge.json', huge);
    } finally {
      rmSync(huge, { force: true });
    }
    await page
      .getByRole('alert')
      .filter({ hasText: 'the file is 25.0 MB; a snapshot may be at most 20.0 MB' })
      .waitFor();
    expect(snapshotParam()).toBeNull();
    expect(await heading.textContent()).toBe(shippedCount);
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(50);
    expect(await banner().count()).toBe(0);
  });

  it('shows markup from a valid file as text and runs none of it', async () => {
    await openFile(MARKUP_FIXTURE.file, Buffer.from(MARKUP_FIXTURE.text));
    await banner().waitFor();
    expect(await banner().textContent()).toContain('<script>window.__pwned=1</script>');
    expect(await page.locator('.own-banner img, .own-banner script, .own-banner b').count()).toBe(0);
    // The label with markup is a sector's: hovered where it is drawn.
    await page.goto(`${BASE_URL}/sectors?snapshot=${snapshotParam()}`, { waitUntil: 'networkidle' });
    await page.getByText('<b onmouseover="window.__pwned=1">Sector</b>').first().hover();
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.getByRole('button', { name: 'Remove it from this browser' }).click();
    await page.waitForURL((url) => !url.searchParams.has('snapshot'));
  });

  it('opens an edited copy: its figures and its name on every page, in downloads and citations, across a reload; removing it restores the published figures', async () => {
    await page.goto(`${BASE_URL}/sources`, { waitUntil: 'networkidle' });
    const shippedCount = await page.getByRole('heading', { name: /^Every figure/ }).textContent();
    await openFile('edited.json', edited);
    await banner().waitFor();
    expect(await banner().textContent()).toContain(
      'Your snapshot: Moscow Innovation Cluster: key concept features and the coronavirus stress test (edited copy), loaded from edited.json, not published',
    );
    const id = snapshotParam();
    expect(id).toMatch(/^own-/);
    // 2 figures added and 1 removed.
    await expect
      .poll(() => page.getByRole('heading', { name: /^Every figure/ }).textContent())
      .not.toBe(shippedCount);

    // Every page names it, reached through the site's own links (which keep ?snapshot=).
    for (const name of [
      'Growth',
      'Sectors',
      'Sub-clusters',
      'Regions',
      'Stress test',
      'Framework',
      'Overview',
    ]) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
      await banner().waitFor();
      expect(snapshotParam(), name).toBe(id);
      await page.locator('main').getByText(/./).first().waitFor();
    }
    // The overview's latest total is the copy's added figure (43,000 in 2026-09), not the published one.
    await page
      .getByText(/43,000/)
      .first()
      .waitFor();

    // Growth: a chart's stamp, its JSON download and a citation name it; its table has the changed value
    // (participants, 2019: 400 → 450).
    await page.goto(`${BASE_URL}/growth?snapshot=${id}`, { waitUntil: 'networkidle' });
    const stamp = page.locator('.export-stamp').first();
    await expect
      .poll(() => stamp.textContent())
      .toMatch(/^Your snapshot: .*\(edited copy\), loaded from edited\.json, not published · /);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON' }).first().click(),
    ]);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      ownSnapshot?: { origin: string; published: boolean };
    };
    expect(json.ownSnapshot).toMatchObject({ origin: 'edited.json', published: false });
    await page.getByRole('button', { name: 'Cite this' }).click();
    expect(await page.locator('.cite-panel__text[data-style="apa"]').textContent()).toContain(
      'loaded from edited.json, not published',
    );
    await page.getByRole('button', { name: 'Table' }).first().click();
    await page.getByRole('cell', { name: '450', exact: true }).first().waitFor();

    // An embed and the deck name it too.
    for (const path of ['/embed/growth', '/present']) {
      await page.goto(`${BASE_URL}${path}?snapshot=${id}`, { waitUntil: 'networkidle' });
      await banner().waitFor();
    }

    // A reload keeps it: the URL has it, and the browser kept the file.
    await page.goto(`${BASE_URL}/growth?tab=table&snapshot=${id}`, { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    await banner().waitFor();
    await page.getByRole('cell', { name: '450', exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Remove it from this browser' }).click();
    await page.waitForURL((url) => !url.searchParams.has('snapshot'));
    await page.getByRole('cell', { name: '400', exact: true }).first().waitFor();
    expect(await page.getByRole('cell', { name: '450', exact: true }).count()).toBe(0);
    expect(await banner().count()).toBe(0);
    // Gone from the browser: its address now falls back to the published data and says so.
    await page.goto(`${BASE_URL}/growth?snapshot=${id}`, { waitUntil: 'networkidle' });
    await page.getByText(id!).first().waitFor();
    expect(await banner().count()).toBe(0);

    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('changes what every view shows: one edited figure per view, in its table', async () => {
    await page.goto(`${BASE_URL}/sources`, { waitUntil: 'networkidle' });
    await openFile('edited-every-view.json', everyView);
    await banner().waitFor();
    const id = snapshotParam();
    expect(id).toMatch(/^own-/);
    const lines = async (url: string) => {
      await page.goto(`${BASE_URL}${url}`);
      await page.locator('main table').first().waitFor();
      return (await page.locator('main').innerText()).split('\n');
    };
    for (const [view, { shows }] of Object.entries(EVERY_VIEW_EDITS)) {
      const published = await lines(`/${view}?tab=table`);
      const own = await lines(`/${view}?tab=table&snapshot=${id}`);
      // Lines the copy shows and the published data does not: the edited figure's row among them.
      const changed = own.filter((line) => !published.includes(line));
      expect(
        changed.some((line) => line.includes(shows)),
        `${view}: ${JSON.stringify(changed)}`,
      ).toBe(true);
    }
    await page.getByRole('button', { name: 'Remove it from this browser' }).click();
    await page.waitForURL((url) => !url.searchParams.has('snapshot'));
    expect(pageErrors).toEqual([]);
  });
});

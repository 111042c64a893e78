/** The build ships a strict Content-Security-Policy, and the dashboard works under it (README, "Security headers"). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspPolicy, shippedInlineScripts } from '../../scripts/csp.mjs';
import {
  BASE_URL,
  cspViolations,
  newTestContext,
  recordCspViolations,
  sharedBrowser,
  appReady,
} from './browser';

const DIST = process.env.E2E_DIST ?? 'dist';
const browser = sharedBrowser();

/** A page whose Content-Security-Policy violations are collected in `window.__csp`. */
async function watchedPage() {
  const context = await newTestContext(browser(), { acceptDownloads: true });
  await recordCspViolations(context);
  const page = await context.newPage();
  const violations = () => cspViolations(page);
  return { page, violations };
}

describe('Content-Security-Policy', () => {
  it('is in the built page as a meta element: scripts from the site and the hashed theme script only', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const source = readFileSync('index.html', 'utf8');
    const policy = cspPolicy(shippedInlineScripts(source));
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta?.replaceAll('&#39;', "'")).toBe(policy);
    const scriptSrc = policy.split('; ').find((d: string) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/^script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("img-src 'self' data: blob:");
    expect(policy).not.toContain('unsafe-eval');
    // The meta comes before the first script, so it governs it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('has a headers file for hosts: framed only by the site, except embeds, which any page may frame', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    const policy = cspPolicy(shippedInlineScripts(readFileSync('index.html', 'utf8')));
    expect(headers).toContain(`/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'self'`);
    expect(headers).toContain(
      `/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${policy}; frame-ancestors *`,
    );
  });

  it('is enforced: a script injected into the page does not run and is reported', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${BASE_URL}/sources`);
    await page.locator('h1').waitFor();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toEqual(['script-src-elem blocked inline']);
  });

  it('lets every download work with no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${BASE_URL}/sectors`);
    await appReady(page);
    const frame = page.locator('.chart-frame').first();
    for (const format of ['PNG', 'SVG', 'CSV', 'JSON']) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        frame.getByRole('button', { name: `Download ${format}` }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    }
    expect(await violations()).toEqual([]);
  });
});

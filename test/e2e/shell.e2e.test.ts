import { describe, expect, it } from 'vitest';
import { BASE_URL, newTestContext, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('the built dashboard in Chromium', () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`shows the overview at ${viewport.width}px with no errors and no third-party requests`, async () => {
      const { page, problems, close } = await openPage(browser(), '/', viewport);
      await page.getByRole('link', { name: /Members\s*15,800/ }).waitFor();
      expect(await page.getByRole('link', { name: /Regional partners\s*more than 6,500/ }).count()).toBe(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('shows the source of a headline figure on keyboard focus', async () => {
    const { page, close } = await openPage(browser(), '/');
    const link = page.getByRole('link', { name: /Members\s*15,800/ });
    await link.focus();
    const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('The membership in MIC is open for different industries');
    await close();
  });

  it('opens in Russian with ?lang=ru and remembers the choice', async () => {
    const { page, close } = await openPage(browser(), '/?lang=ru');
    await page.getByRole('heading', { name: 'Московский инновационный кластер: главное' }).waitFor();
    await page.getByRole('link', { name: /Участники\s*15\s800/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    await page.goto(page.url().replace('/?lang=ru', '/sources'));
    await page.getByRole('heading', { name: 'Источники и данные' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('mic-dashboard.lang'))).toBe('ru');
    await close();
  });

  it('switches to Russian in place, fetching the Russian texts only then', async () => {
    const { page, close } = await openPage(browser(), '/');
    const russianTexts: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/ru-[\w-]+\.js$/.test(r.url())) russianTexts.push(r.url());
    });
    await page.getByRole('heading', { name: 'Moscow Innovation Cluster at a glance' }).waitFor();
    expect(russianTexts).toEqual([]);
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('heading', { name: 'Московский инновационный кластер: главное' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(russianTexts).toHaveLength(1);
    await close();
  });

  it('defaults to the browser() language', async () => {
    const { page, close } = await openPage(browser(), '/', undefined, 'ru-RU');
    await page.getByRole('heading', { name: 'Московский инновационный кластер: главное' }).waitFor();
    await close();
  });

  it('navigates by keyboard and on a phone menu, and deep links load directly', async () => {
    const { page, close } = await openPage(browser(), '/', { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Sources' }).click();
    await page.getByRole('heading', { name: 'Sources and figures' }).waitFor();
    await page.goto(page.url().replace('/sources', '/regions'));
    await page.getByRole('heading', { level: 1, name: 'Regions' }).waitFor();
    await close();
  });

  it('follows the system colour scheme until a theme is chosen, dark from the first paint', async () => {
    const context = await newTestContext(browser(), { colorScheme: 'dark' });
    const page = await context.newPage();
    // Stop the app's code from loading: what remains is the page as first painted.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(`${BASE_URL}/sectors`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.unroute('**/assets/*.js');
    await page.goto(`${BASE_URL}/sectors`);
    await page.locator('main figure').first().waitFor();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(18, 22, 27)');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.goto(`${BASE_URL}/sectors?theme=dark`);
    await page.locator('main figure').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });

  it('shows a not-found page for unknown paths', async () => {
    const { page, close } = await openPage(browser(), '/nowhere');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await close();
  });
});

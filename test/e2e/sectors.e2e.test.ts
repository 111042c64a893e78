import { describe, expect, it } from 'vitest';
import { openPage, type Page, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** Pairs of SVG text boxes inside the sector charts that overlap (labels, values), as readable strings. */
async function overlappingTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll('.sectors-chart svg, .sectors-months')) {
      const boxes = [...svg.querySelectorAll('text')]
        .map((el) => ({ text: el.textContent ?? '', r: el.getBoundingClientRect() }))
        .filter((b) => b.r.width > 0);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const overlap =
            a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          if (overlap) out.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
        }
      // Nothing may stick out of the chart's own box.
      const frame = svg.getBoundingClientRect();
      for (const b of boxes)
        if (b.r.right > frame.right + 1 || b.r.left < frame.left - 1) out.push(`${b.text} clipped`);
    }
    return out;
  });
}

describe('the sector view in Chromium', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    it(`draws members, projects and light manufacturing at ${viewport.width}px without overlaps`, async () => {
      const { page, problems, close } = await openPage(browser(), '/sectors', viewport);
      const members = page.getByRole('group', { name: 'Members by sector' });
      await members.getByRole('button', { name: 'Services: 48%' }).waitFor();
      expect(await members.getByRole('button').count()).toBe(7);
      const projects = page.getByRole('group', { name: 'Innovation projects by domain' });
      const other = projects.getByRole('button', { name: 'Other domains: =\u200997 (derived)' });
      expect(await other.getAttribute('data-kind')).toBe('derived');
      // Derived bars are hatched: their fill is a pattern, not a flat colour.
      expect(await other.locator('rect[fill^="url(#"]').count()).toBe(1);
      await page.getByText('302 companies').waitFor();
      expect(await overlappingTexts(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('speaks Russian in the dark theme at 390px, long labels wrapped', async () => {
    const { page, problems, close } = await openPage(browser(), '/sectors?lang=ru&theme=dark', {
      width: 390,
      height: 844,
    });
    await page.getByRole('heading', { level: 1, name: 'Отрасли' }).waitFor();
    const members = page.getByRole('group', { name: 'Участники по отраслям' });
    await members.getByRole('button', { name: 'Услуги: 48\u00a0%' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const label = page
      .getByRole('group', { name: 'Инновационные проекты по областям' })
      .getByRole('button', { name: /^ИТ и искусственный интеллект/ });
    expect(await label.locator('tspan').count()).toBeGreaterThanOrEqual(1);
    expect(await overlappingTexts(page)).toEqual([]);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the tables with the exact figures', async () => {
    const { page, problems, close } = await openPage(browser(), '/sectors?tab=table&lang=ru');
    const members = page.getByRole('table', { name: /^Участники по отраслям/ });
    const services = members.getByRole('row', { name: /^Услуги/ });
    await services.waitFor();
    const text = (await services.textContent()) ?? '';
    expect(text).toContain('48\u00a0%');
    expect(text).toContain('7\u00a0584');
    expect(text).toContain('расч');
    const other = page
      .getByRole('table', { name: /^Инновационные проекты/ })
      .getByRole('row', { name: /^Другие области/ });
    expect(await other.textContent()).toContain('97');
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps the highlight and the measure in the URL, so a reload reopens the same view', async () => {
    const { page, problems, close } = await openPage(browser(), '/sectors');
    await page.getByRole('button', { name: 'Number (derived)' }).click();
    const services = page
      .getByRole('group', { name: 'Members by sector' })
      .getByRole('button', { name: /^Services/ });
    await services.click();
    await page.getByText(/^Highlighted/).waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('highlight')).toBe('services');
    expect(url.searchParams.get('measure')).toBe('count');
    await page.goto(page.url(), { waitUntil: 'networkidle' });
    const again = page
      .getByRole('group', { name: 'Members by sector' })
      .getByRole('button', { name: 'Services: =\u20097,584 (derived)' });
    await again.waitFor();
    expect(await again.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.sectors-detail').textContent()).toContain('15,800 members × 48 % ÷ 100');
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the same tooltip on keyboard focus as on hover, and moves with the arrow keys', async () => {
    const { page, close } = await openPage(browser(), '/sectors?sort=source');
    const projects = page.getByRole('group', { name: 'Innovation projects by domain' });
    const medicine = projects.getByRole('button', { name: /^Medicine/ });
    await medicine.hover();
    const hovered = await page.getByRole('tooltip').textContent();
    await page.mouse.move(0, 0);
    await medicine.focus();
    expect(await page.getByRole('tooltip').textContent()).toBe(hovered);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('tooltip').textContent()).toContain('IT and AI');
    await page.keyboard.press('Enter');
    await page.waitForURL(/highlight=it-ai/);
    await close();
  });
});

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/support/render-route';

/**
 * Writing `lang` or `data-theme` on the page's root, even with the value it already has, makes the browser
 * restyle and lay out every element (hyphenation follows the language): at 100x the data that was 60-80 ms
 * added to every chart option. A chart option changes the URL, so it must leave both alone.
 */
describe('the page root while options change', { timeout: 20_000 }, () => {
  it('keeps lang and data-theme unwritten when a chart option changes the URL', async () => {
    const { location } = renderRoute('/subclusters');
    await screen.findByRole('group', { name: /^Bar chart/ }, { timeout: 10_000 });
    expect(document.documentElement.lang).toBe('en');
    const writes: string[] = [];
    const observer = new MutationObserver((records) =>
      writes.push(...records.map((r) => r.attributeName ?? '')),
    );
    observer.observe(document.documentElement, { attributes: true });
    await userEvent.click(screen.getByRole('button', { name: 'Scatter' }));
    await screen.findByRole('group', { name: /^Scatter plot/ });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'name');
    expect(location.current.search).toContain('chart=scatter');
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(writes.filter((name) => name === 'lang' || name === 'data-theme')).toEqual([]);
  });

  // A pre-rendered page comes with its lang: taking it over must not write it again.
  it('leaves lang unwritten when the page already has the language it opens in', async () => {
    document.documentElement.lang = 'en';
    const writes: string[] = [];
    const observer = new MutationObserver((records) =>
      writes.push(...records.map((r) => r.attributeName ?? '')),
    );
    observer.observe(document.documentElement, { attributes: true });
    renderRoute('/growth');
    await screen.findByRole('heading', { level: 1, name: /growth/i }, { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 0));
    observer.disconnect();
    expect(writes.filter((name) => name === 'lang')).toEqual([]);
  });

  it('still sets lang when the language changes', async () => {
    renderRoute('/subclusters?lang=ru');
    await screen.findByRole('heading', { level: 1, name: 'Субкластеры' }, { timeout: 10_000 });
    expect(document.documentElement.lang).toBe('ru');
  });
});

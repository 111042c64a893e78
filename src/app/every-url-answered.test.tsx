import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/support/render-route';

describe('every URL gets an answer', () => {
  it('lists the embeddable views at /embed, keeping the language', async () => {
    renderRoute('/embed?lang=ru');
    expect(await screen.findByRole('heading', { name: 'Разделы для встраивания' })).toBeInTheDocument();
    const links = within(screen.getAllByRole('list')[0]!).getAllByRole('link');
    const hrefs = links.map((a) => a.getAttribute('href'));
    expect(hrefs.filter((h) => /^\/embed\/[a-z]+\?/.test(h ?? ''))).toEqual([
      '/embed/growth?lang=ru',
      '/embed/sectors?lang=ru',
      '/embed/subclusters?lang=ru',
      '/embed/regions?lang=ru',
      '/embed/timeline?lang=ru',
      '/embed/framework?lang=ru',
    ]);
    // …and each chart alone.
    expect(hrefs).toContain('/embed/sectors/projects?lang=ru');
    expect(hrefs.filter((h) => /^\/embed\/[a-z]+\/[a-z]+\?/.test(h ?? ''))).toHaveLength(13);
  });

  it('shows one chart alone at /embed/<view>/<chart>, and says so for a chart that does not exist', async () => {
    renderRoute('/embed/sectors/projects');
    await waitFor(() => expect(document.querySelectorAll('figure.chart-frame')).toHaveLength(1));
    expect(document.querySelector('figure.chart-frame')?.id).toBe('sectors-projects');
    renderRoute('/embed/sectors/pie');
    expect(await screen.findByRole('heading', { name: 'No such chart' })).toBeInTheDocument();
  });

  it('reports unrecognised values in an embed, small and outside the chart frames', async () => {
    renderRoute('/embed/growth?theme=pink&lang=de&snapshot=nope&title=maybe&scale=cubic');
    const values = ['?theme=pink', '?lang=de', '?snapshot=nope', '?title=maybe', '?scale=cubic'];
    const notices = () => screen.queryAllByText(/not recognised/);
    await waitFor(() => {
      const text = notices()
        .map((n) => n.textContent)
        .join(' ');
      for (const value of values) expect(text).toContain(value);
    });
    for (const notice of notices()) {
      expect(notice).toHaveClass('notice--embed');
      expect(notice.closest('.chart-frame')).toBeNull();
    }
  });

  it('reports unrecognised values on /present, and a slide beyond the deck', async () => {
    renderRoute('/present?theme=pink&notes=maybe&views=growth,nope&slide=9');
    await waitFor(() => {
      const notice = screen.getByText(/not recognised/);
      for (const value of ['?theme=pink', '?notes=maybe', '?views=growth,nope', '?slide=9'])
        expect(notice).toHaveTextContent(value);
    });
    // And falls back to the first slide, as the notice says.
    expect(screen.getByText(/Slide 1 of/)).toBeInTheDocument();
  });
});

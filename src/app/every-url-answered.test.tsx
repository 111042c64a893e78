import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../test/support/render-route';

describe('every URL gets an answer', () => {
  it('lists the embeddable views at /embed, keeping the language', async () => {
    renderRoute('/embed?lang=ru');
    expect(await screen.findByRole('heading', { name: 'Разделы для встраивания' })).toBeInTheDocument();
    const links = within(screen.getByRole('list')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/embed/growth?lang=ru',
      '/embed/sectors?lang=ru',
      '/embed/subclusters?lang=ru',
      '/embed/regions?lang=ru',
      '/embed/timeline?lang=ru',
      '/embed/framework?lang=ru',
    ]);
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

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/support/render-route';

describe('overview', () => {
  it('shows the headline figures from the presentation, each linking to its view', async () => {
    renderRoute('/');
    const members = await screen.findByRole('link', { name: /Members\s*15,800/ });
    expect(members).toHaveAttribute('href', '/sectors');
    expect(screen.getByRole('link', { name: /Regional partners\s*more than 6,500/ })).toHaveAttribute(
      'href',
      '/regions',
    );
    expect(screen.getByRole('link', { name: /Regions\s*73/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Sub-clusters\s*10/ })).toHaveAttribute('href', '/subclusters');
    expect(screen.getByRole('link', { name: /Innovation projects\s*170/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Growth of participants\s*×20/ })).toHaveAttribute(
      'href',
      '/growth',
    );
  });

  it('tells where each headline figure comes from', async () => {
    renderRoute('/');
    const members = await screen.findByRole('link', { name: /Members\s*15,800/ });
    const tip = document.getElementById(members.getAttribute('aria-describedby') ?? '');
    expect(tip).toHaveTextContent(/Kutsenko & Ismagulova/);
    expect(tip).toHaveTextContent(/The membership in MIC is open for different industries/);
  });

  it('speaks Russian with Russian number formats under ?lang=ru', async () => {
    renderRoute('/?lang=ru');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Московский инновационный кластер: главное' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Участники\s*15\s800/ })).toHaveAttribute(
      'href',
      '/sectors?lang=ru',
    );
    expect(screen.getByRole('link', { name: /Региональные партнёры\s*более 6\s500/ })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Основная навигация' });
    expect(within(nav).getByRole('link', { name: 'Источники' })).toBeInTheDocument();
  });

  it('switches language from the header and keeps it in the URL', async () => {
    const { location } = renderRoute('/');
    await screen.findByRole('link', { name: /Members\s*15,800/ });
    await userEvent.click(screen.getByRole('button', { name: 'Русский' }));
    expect(await screen.findByRole('link', { name: /Участники\s*15\s800/ })).toBeInTheDocument();
    expect(location.current.search).toBe('?lang=ru');
    expect(localStorage.getItem('mic-dashboard.lang')).toBe('ru');
  });
});

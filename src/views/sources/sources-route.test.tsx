import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/support/render-route';

describe('sources page', () => {
  it('cites the presentation in full', async () => {
    renderRoute('/sources');
    expect(
      await screen.findByText('Moscow Innovation Cluster: Key Concept Features and Coronavirus Stress Test'),
    ).toBeInTheDocument();
  });

  it('tabulates every figure with its kind and source, and searches them', async () => {
    const { location } = renderRoute('/sources');
    const table = await screen.findByRole('table');
    const all = within(table).getAllByRole('row').length - 1;
    expect(all).toBeGreaterThan(80);

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search figures' }), 'Zelenograd');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.length).toBeLessThan(all);
    expect(
      screen.getByRole('row', { name: /^Innovative Territorial Cluster 'Zelenograd': participants 44/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('row', { name: /^Innovative Territorial Cluster 'Zelenograd': projects 1/ }),
    ).toBeInTheDocument();
    expect(location.current.search).toBe('?q=Zelenograd');
  });

  it('shows derived figures with their formula', async () => {
    renderRoute('/sources?q=services');
    const table = await screen.findByRole('table');
    const derived = within(table).getByRole('row', { name: /^Members: services/i });
    expect(derived).toHaveTextContent('7,584');
    expect(derived).toHaveTextContent('derived');
    expect(derived).toHaveTextContent('Formula: 15,800 members × 48 % ÷ 100');
  });

  it('says when nothing matches', async () => {
    renderRoute('/sources?q=zzzz');
    expect(await screen.findByText('No figure matches “zzzz”.')).toBeInTheDocument();
  });
});

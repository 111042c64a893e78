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

  it('sums the data up: kinds, dates, provenance and what is not reported; a kind filters the table', async () => {
    const { location } = renderRoute('/sources');
    const panel = await screen.findByRole('region', { name: 'About this data' }, { timeout: 8000 });
    const rows = within(await screen.findByRole('table')).getAllByRole('row').length - 1;
    expect(panel).toHaveTextContent(`Figures in the snapshot: ${rows}`);
    expect(panel).toHaveTextContent('which 65 of the 73 partner regions they are');
    expect(panel).toHaveTextContent('partner counts of the 8 named regions');
    expect(panel).toHaveTextContent('which sub-cluster names which priority field');
    expect(panel).toHaveTextContent(/the presentation: \d+/);
    await userEvent.click(
      within(panel).getByRole('button', { name: 'Show the derived figures in the table below' }),
    );
    expect(location.current.search).toBe('?q=derived');
    const derived = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(derived.length).toBeGreaterThanOrEqual(8);
    derived.forEach((row) => expect(row).toHaveTextContent('derived'));
  });

  it('sorts the figure table by any column, keeps the order in the URL and still searches', async () => {
    const { location } = renderRoute('/sources?q=participants');
    const table = await screen.findByRole('table');
    await userEvent.click(within(table).getByRole('button', { name: /^Value/ }));
    expect(location.current.search).toBe('?q=participants&order=figures.value.asc');
    const values = () =>
      within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => Number(/participants (\d+)/.exec(row.textContent ?? '')?.[1] ?? NaN));
    const ascending = values();
    expect(ascending.length).toBeGreaterThan(5);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await userEvent.click(within(screen.getByRole('table')).getByRole('button', { name: /^Value/ }));
    expect(location.current.search).toBe('?q=participants&order=figures.value.desc');
    expect(values()).toEqual([...ascending].reverse());
  });
});

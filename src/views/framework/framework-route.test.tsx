import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/support/render-route';

const WHAT = [
  'Broader initiatives with large number of participants (1000+)',
  'Open membership for different industries, special interest in cross-sectoral topics',
  'Transaction costs reduction is a core activity',
  'Set of financial incentives for cooperation in innovation sphere',
  'Participation of partners from outside',
  'Strong and permanent role of regional / city authorities',
  'Promotion of open innovation practices for all parties of triple helix',
  'Coordination, common priorities and agenda building',
];

// The first render loads the lazy route and the snapshot; give it time on a cold test worker.
const WAIT = { timeout: 10_000 };
const comparison = async () =>
  screen.findByRole('figure', { name: /Eight features of an urban cluster/ }, WAIT);
const card = (n: number) => document.getElementById(`feature-${n}`) as HTMLElement;

describe('framework view', { timeout: 20_000 }, () => {
  // Transform the lazy route once up front, so the first test does not pay for it inside a find timeout.
  beforeAll(() => import('./framework-route'));

  it('shows the eight features in order with their WHAT, WHY and PROOF texts', async () => {
    renderRoute('/framework');
    const frame = await comparison();
    expect(screen.getByRole('heading', { level: 1, name: 'Framework' })).toBeInTheDocument();
    const titles = within(frame)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual(WHAT.map((w, i) => `Feature ${i + 1}: ${w}`));
    const five = within(card(5));
    expect(five.getByText('(Bathelt et al., 2004)')).toBeInTheDocument();
    expect(five.getByText(/^'Local buzz' \+ 'global pipelines'/)).toBeInTheDocument();
    // The seed's own spelling, untouched.
    expect(within(card(3)).getByText('(Couse, 1937)')).toBeInTheDocument();
  });

  it('pairs each feature with MIC’s evidence, its figures as worded and its sources', async () => {
    renderRoute('/framework');
    await comparison();
    const five = within(card(5));
    expect(
      five.getByText(/Companies from other regions can participate in MIC as partners/),
    ).toBeInTheDocument();
    const partners = five.getByText('more than 6,500').closest('li') as HTMLElement;
    expect(partners).toHaveTextContent('Regional partners');
    expect(partners).toHaveTextContent('lower bound');
    expect(partners).toHaveTextContent('July 2021');
    expect(partners.querySelector('[data-kind="lowerBound"]')).not.toBeNull();
    expect(within(card(1)).getByText('about 20 times')).toBeInTheDocument();
    expect(within(card(1)).getAllByText(/soared almost 20-fold/).length).toBeGreaterThan(0);
    expect(screen.getByText(/The sub-clusters’ priority fields overlap/)).toBeInTheDocument();
  });

  it('shows the shared pairing note once and feature 6’s own note on its card', async () => {
    renderRoute('/framework');
    await comparison();
    const note = screen.getByRole('note', { name: 'How features and evidence are paired' });
    expect(note).toHaveTextContent('Applies to features 1–5, 7, 8.');
    expect(within(card(6)).getByText(/no feature bullet of its own/)).toBeInTheDocument();
    expect(within(card(1)).queryByText(/This pairing is the dashboard’s reading/)).toBeNull();
  });

  it('links evidence to the view that shows it, keeping only the global parameters', async () => {
    renderRoute('/framework?feature=2&lang=ru&theme=dark');
    await screen.findByRole('figure', { name: /Восемь признаков/ }, WAIT);
    expect(screen.getByRole('heading', { level: 1, name: 'Концепция' })).toBeInTheDocument();
    const growth = within(card(1)).getByRole('link', { name: /Смотреть в разделе «Рост»/ });
    expect(growth).toHaveAttribute('href', '/growth?lang=ru&theme=dark');
    expect(within(card(8)).getAllByRole('link', { name: /Субкластеры/ })[0]).toHaveAttribute(
      'href',
      '/subclusters?lang=ru&theme=dark',
    );
  });

  it('links to /growth in English too, and not to itself for feature 7', async () => {
    renderRoute('/framework');
    await comparison();
    expect(within(card(1)).getByRole('link', { name: /See in Growth/ })).toHaveAttribute('href', '/growth');
    expect(within(card(7)).queryByRole('link')).toBeNull();
  });

  it('summarises evidence in eight tiles, with counts labelled as derived, each going to its feature', async () => {
    const { location } = renderRoute('/framework');
    const nav = await screen.findByRole('list', { name: 'Features at a glance' }, WAIT);
    const tiles = within(nav).getAllByRole('link');
    expect(tiles).toHaveLength(8);
    expect(tiles[1]).toHaveTextContent('2 evidence items');
    expect(tiles[1]).toHaveTextContent('11 linked figures');
    expect(tiles[2]).toHaveTextContent('1 evidence item');
    expect(tiles[2]).toHaveTextContent('0 linked figures');
    expect(screen.getByText(/Counts derived by the dashboard from the evidence list/)).toBeInTheDocument();
    await userEvent.click(tiles[2]!);
    expect(location.current.search).toBe('?feature=3');
    expect(card(3)).toHaveAttribute('aria-current', 'true');
  });

  it('highlights ?feature=5 and lets the reader clear it', async () => {
    const { location } = renderRoute('/framework?feature=5');
    await comparison();
    expect(card(5)).toHaveAttribute('aria-current', 'true');
    expect(card(5)).toHaveClass('framework-feature--selected');
    expect(card(4)).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: /^5 Participation of partners/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    expect(screen.getByText('Feature 5 is highlighted.')).toBeInTheDocument();
    // The card takes focus in an effect; the view's first drawing is a transition, whose effects React runs
    // after the commit rather than within it, so the figure can be found a moment before the focus moves.
    await waitFor(() => expect(document.activeElement).toBe(card(5)));
    await userEvent.click(screen.getByRole('button', { name: 'Clear highlight' }));
    expect(location.current.search).toBe('');
    expect(card(5)).not.toHaveAttribute('aria-current');
  });

  it('says so when ?feature= names no feature, and highlights none', async () => {
    renderRoute('/framework?feature=9');
    await comparison();
    expect(await screen.findByText(/\?feature=9/)).toHaveTextContent(
      '?feature=9: not recognised; showing the default instead.',
    );
    expect(document.querySelector('[aria-current="true"]')).toBeNull();
  });

  it('falls back on unusable parameters and names them', async () => {
    renderRoute('/framework?feature=abc&tab=map&goals=maybe');
    await comparison();
    expect(
      screen.getByText('?tab=map, ?feature=abc, ?goals=maybe: not recognised; showing the default instead.'),
    ).toBeInTheDocument();
  });

  it('folds the research goals, and keeps them open in the URL', async () => {
    const { location } = renderRoute('/framework');
    const summary = await screen.findByText('Research goals of the paper', {}, WAIT);
    const details = summary.closest('details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    await userEvent.click(summary);
    expect(location.current.search).toBe('?goals=show');
    expect(details.open).toBe(true);
    expect(within(details).getAllByRole('listitem')).toHaveLength(4);
    expect(details).toHaveTextContent('Source: Kutsenko & Ismagulova, Research goals and empirical strategy');
  });

  it('shows the closing discussion as 3 versus 5 items, with its source', async () => {
    renderRoute('/framework');
    const section = await screen.findByRole(
      'region',
      { name: 'Discussion: micro-level collaboration or broad coordination?' },
      WAIT,
    );
    const micro = within(section).getByRole('list', { name: 'Micro-level collaboration' });
    const meso = within(section).getByRole('list', {
      name: 'Collective action as meso-level coordination (meta-organisation view)',
    });
    expect(
      within(micro)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Joint projects support',
      'Cooperation at a digital communication platform',
      'Fostering sub-clusters formation (around 30-70 participants in each sub-cluster)',
    ]);
    expect(within(meso).getAllByRole('listitem')).toHaveLength(5);
    expect(section).toHaveTextContent(
      'Source: Kutsenko & Ismagulova, Discussion: micro-level collaboration or broad coordination?',
    );
  });

  it('has the seed’s table and a sortable evidence table on the table tab', async () => {
    renderRoute('/framework?tab=table');
    const seed = await screen.findByRole('table', {
      name: 'The paper’s framework: eight features of an urban cluster',
    });
    const rows = within(seed).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(8);
    expect(rows[2]).toHaveTextContent(
      /^3Transaction costs reduction is a core activityEasy and cheap transactions/,
    );
    expect(rows[2]).toHaveTextContent('(Couse, 1937)');
    expect(seed.closest('.table-block')).toHaveTextContent(
      'Source: Kutsenko & Ismagulova, Special cluster policy for megapolises: new features to capture specific urban effects and benefits',
    );

    const evidence = screen.getByRole('table', {
      name: 'MIC evidence for each feature, with linked figures',
    });
    const evidenceRows = within(evidence).getAllByRole('row').slice(1);
    expect(evidenceRows).toHaveLength(12);
    const partners = within(evidence).getByRole('row', { name: /since May 2020 companies from 73 regions/ });
    expect(partners).toHaveTextContent('more than 6,500 Regional partners (lower bound, July 2021)');
    expect(within(partners).getByRole('link', { name: 'Regions' })).toHaveAttribute('href', '/regions');

    await userEvent.click(within(evidence).getByRole('button', { name: /Linked figures/ }));
    const byFigures = within(evidence).getAllByRole('row').slice(1);
    expect(byFigures.at(-1)).toHaveTextContent(/^2\. Open membership.*15,800 Members/);
  });

  it('speaks Russian with Russian plurals', async () => {
    renderRoute('/framework?lang=ru');
    const frame = await screen.findByRole('figure', { name: /Восемь признаков городского кластера/ }, WAIT);
    expect(
      within(frame).getByRole('heading', { level: 3, name: 'Признак 5: Участие внешних партнёров' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('list', { name: 'Признаки кратко' });
    const tiles = within(nav).getAllByRole('link');
    expect(tiles[0]).toHaveTextContent('1 подтверждение');
    expect(tiles[0]).toHaveTextContent('3 связанных показателя');
    expect(tiles[1]).toHaveTextContent('11 связанных показателей');
    expect(within(card(5)).getByText(/более 6\s500/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Кооперация на микроуровне' })).toBeInTheDocument();
    expect(screen.getByText('Поддержка совместных проектов')).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { syntheticSnapshotJson } from '../../../test/fixtures/snapshot-fixture';
import { serveDataFile, server } from '../../../test/support/msw-server';
import { renderRoute } from '../../../test/support/render-route';
import { expectOneTabStop } from '../../../test/support/roving-focus';

// Each test renders the whole app; on a busy machine that can take longer than the default 5 s, hence the
// 20 s timeouts of the describe blocks below.

/** The view is a lazy chunk that loads the snapshot: the first render in a file can take a few seconds. */
const ready = (name = 'Sub-clusters') =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
const marks = () => screen.getAllByRole('button', { name: /: participants \d+, projects \d+$/ });
const markNames = () => marks().map((b) => b.getAttribute('aria-label')?.split(':')[0]);

describe('sub-cluster view, chart tab', { timeout: 20_000 }, () => {
  it('draws the ten sub-clusters by size with the registration minimum read from the rules', async () => {
    renderRoute('/subclusters');
    expect(await ready()).toBeInTheDocument();
    const chart = await screen.findByRole('group', {
      name: /Bar chart: participants and projects of 10 sub-clusters/,
    });
    expect(within(chart).getByText('Registration minimum')).toBeInTheDocument();
    expect(within(chart).getByText('30 organisations')).toBeInTheDocument();
    expect(marks()).toHaveLength(10);
    expect(markNames()[0]).toBe('Moscow Innovative Intersectoral Cluster of Sports Industry (SportTech)');
    expect(
      screen.getByRole('button', { name: 'Innovative Food Cluster: participants 44, projects 6' }),
    ).toBeInTheDocument();
  });

  it('states the registered count, first sub-cluster and rules with their sources', async () => {
    renderRoute('/subclusters');
    await ready();
    const facts = await screen.findByRole('region', { name: 'Sub-clusters in MIC' });
    expect(within(facts).getByText('10 sub-clusters')).toBeInTheDocument();
    expect(within(facts).getByText('June 2020')).toBeInTheDocument();
    expect(within(facts).getByText(/around 30-70 participants in each sub-cluster/)).toBeInTheDocument();
    expect(within(facts).getByText(/32 \(SMP\) to 78 \(SportTech\) participants/)).toBeInTheDocument();
    const rules = within(facts).getByRole('heading', { name: 'Requirements for creating a sub-cluster' });
    expect(rules).toBeInTheDocument();
    expect(within(facts).getByText('At least 30 organisations – MIC members')).toBeInTheDocument();
    expect(
      within(facts).getAllByText(/MIC sub-clusters as a space for personalised inter-firm interaction/)
        .length,
    ).toBeGreaterThan(0);
  });

  it('sorts by projects with ?sort=projects and changes the sort from the select', async () => {
    const { location } = renderRoute('/subclusters?sort=projects');
    await ready();
    await screen.findByRole('group', { name: /Bar chart/ });
    expect(markNames().slice(0, 3)).toEqual([
      'Innovative Food Cluster',
      "Innovative Intersectoral Cluster 'Green Moscow'",
      'Moscow Innovative Intersectoral Cluster of Sports Industry (SportTech)',
    ]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'name');
    expect(location.current.search).toBe('?sort=name');
    expect(markNames()[0]).toBe("Automotive and Sports Cluster of ANO 'SMP' Motorsport and Racing'");
  });

  it('makes the size bars, the scatter and the field grid one Tab stop each, with arrows inside', async () => {
    renderRoute('/subclusters');
    await ready();
    await expectOneTabStop(
      await screen.findByRole('group', { name: /^Bar chart: participants/ }),
      '{ArrowDown}',
    );
    await expectOneTabStop(screen.getByRole('grid', { name: /Priority fields by the number/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Scatter' }));
    await expectOneTabStop(
      await screen.findByRole('group', { name: /^Scatter plot: participants/ }),
      // The first stop is the largest sub-cluster, the rightmost point.
      '{ArrowLeft}',
    );
  });

  it('shows the scatter with ?chart=scatter, and goes back to bars from the switch', async () => {
    const { location } = renderRoute('/subclusters?chart=scatter');
    await ready();
    expect(
      await screen.findByRole('group', { name: /Scatter plot: participants against projects/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Scatter' })).toHaveAttribute('aria-pressed', 'true');
    expect(marks()).toHaveLength(10);
    await userEvent.click(screen.getByRole('button', { name: 'Bars' }));
    expect(location.current.search).toBe('');
    expect(await screen.findByRole('group', { name: /Bar chart/ })).toBeInTheDocument();
  });

  it('highlights a sub-cluster on click or Enter and keeps it in the URL', async () => {
    const { location } = renderRoute('/subclusters');
    await ready();
    const food = await screen.findByRole('button', { name: /^Innovative Food Cluster:/ });
    await userEvent.click(food);
    expect(location.current.search).toBe('?highlight=food');
    expect(screen.getByRole('button', { name: /^Innovative Food Cluster:/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText(/highlighted: Innovative Food Cluster/)).toBeInTheDocument();
    screen.getByRole('button', { name: /^Innovative Food Cluster:/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(location.current.search).toBe('');
    await userEvent.click(
      screen.getByRole('button', { name: /^Innovative Intersectoral Cluster 'Green Moscow':/ }),
    );
    expect(location.current.search).toBe('?highlight=green-moscow');
    await userEvent.click(
      screen.getByRole('button', {
        name: "Clear highlight: Innovative Intersectoral Cluster 'Green Moscow'",
      }),
    );
    expect(location.current.search).toBe('');
  });

  it('shows a sub-cluster’s figures and source in a tooltip on keyboard focus', async () => {
    renderRoute('/subclusters');
    await ready();
    const food = await screen.findByRole('button', { name: /^Innovative Food Cluster:/ });
    food.focus();
    const tip = await screen.findByRole('tooltip');
    expect(food).toHaveAttribute('aria-describedby', tip.id);
    expect(tip).toHaveTextContent('Participants: 44');
    expect(tip).toHaveTextContent('Projects: 6');
    expect(tip).toHaveTextContent('Date: c. 2021');
    expect(tip).toHaveTextContent(/Kutsenko & Ismagulova/);
  });

  it('names unusable parameters and falls back to the defaults', async () => {
    renderRoute('/subclusters?chart=pie&sort=size&highlight=nowhere');
    await ready();
    expect(await screen.findByText(/highlight=nowhere/)).toHaveTextContent(
      '?chart=pie, ?sort=size, ?highlight=nowhere',
    );
    expect(await screen.findByRole('group', { name: /Bar chart/ })).toBeInTheDocument();
    expect(markNames()[0]).toMatch(/SportTech/);
    expect(marks().every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });
});

describe('priority-field grid', { timeout: 20_000 }, () => {
  it('puts the 25 fields in the columns 1 … 7 and says the source does not itemise them', async () => {
    renderRoute('/subclusters');
    await ready();
    const grid = await screen.findByRole('grid', {
      name: 'Priority fields by the number of sub-clusters naming them',
    });
    const rows = within(grid).getAllByRole('row');
    expect(rows).toHaveLength(7);
    expect(within(grid).getAllByRole('gridcell')).toHaveLength(25);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Named by 1 sub-cluster');
    expect(within(rows[6] as HTMLElement).getByRole('gridcell')).toHaveAccessibleName(
      'Scientific research: Named by 7 sub-clusters',
    );
    expect(
      screen.getByText(
        'The presentation does not say which sub-cluster names which field; only the number of sub-clusters per field is reported.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('grid', { name: 'Sub-clusters and the priority fields they name' })).toBeNull();
  });

  it('is one Tab stop, and the arrow keys move focus from cell to cell', async () => {
    renderRoute('/subclusters');
    await ready();
    const grid = await screen.findByRole('grid', { name: /Priority fields by the number/ });
    const cell = (name: string) => within(grid).getByRole('gridcell', { name: new RegExp(`^${name}:`) });
    const tabStops = within(grid)
      .getAllByRole('gridcell')
      .filter((c) => c.tabIndex === 0);
    expect(tabStops).toHaveLength(1);
    expect(tabStops[0]).toBe(cell('Nuclear technology'));
    // jsdom reports an 800 px chart: too narrow for seven columns, so groups are drawn as rows.
    expect(grid.parentElement).toHaveClass('subclusters-fields--rows');

    cell('Nuclear technology').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(cell('Energy')).toHaveFocus();
    expect(cell('Energy')).toHaveAttribute('tabindex', '0');
    expect(cell('Nuclear technology')).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('{ArrowDown}');
    expect(cell('Metalworking')).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(cell('Aerospace')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(cell('Food industry')).toHaveFocus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(cell('Scientific research')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(cell('Electronics and microelectronics')).toHaveFocus();

    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Electronics and microelectronics');
    expect(tip).toHaveTextContent('Named by 6 sub-clusters');
    expect(tip).toHaveTextContent('Priority fields of MIC sub-clusters');
  });
});

describe('sub-cluster view, table tab', { timeout: 20_000 }, () => {
  const table = (name: RegExp) => screen.findByRole('table', { name });
  const rowOf = (t: HTMLElement, name: string) =>
    within(t).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

  it('lists every figure of the presentation’s tables exactly', async () => {
    renderRoute('/subclusters?tab=table');
    await ready();
    const subclusters = await table(/Sub-clusters: participants and projects/);
    const food = within(rowOf(subclusters, 'Innovative Food Cluster')).getAllByRole('cell');
    expect(food[0]).toHaveTextContent('44');
    expect(food[1]).toHaveTextContent('6');
    expect(food[2]).toHaveTextContent('as reported');
    expect(food[3]).toHaveTextContent('c. 2021');
    expect(food[4]).toHaveTextContent('Kutsenko & Ismagulova');
    expect(within(subclusters).getAllByRole('row')).toHaveLength(11);

    const rules = await table(/Requirements for creating a sub-cluster/);
    expect(
      within(rowOf(rules, 'At least 30 organisations – MIC members')).getAllByRole('cell')[0],
    ).toHaveTextContent('30');

    const fields = await table(/Priority fields: number of sub-clusters naming each/);
    expect(within(fields).getAllByRole('row')).toHaveLength(26);
    expect(within(rowOf(fields, 'Scientific research')).getAllByRole('cell')[0]).toHaveTextContent('7');
    expect(within(rowOf(fields, 'Aerospace')).getAllByRole('cell')[0]).toHaveTextContent('2');
  });

  it('orders the sub-cluster table by ?sort', async () => {
    renderRoute('/subclusters?tab=table&sort=projects');
    await ready();
    const subclusters = await table(/Sub-clusters: participants and projects/);
    const names = within(subclusters)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    expect(names.slice(0, 2)).toEqual([
      'Innovative Food Cluster',
      "Innovative Intersectoral Cluster 'Green Moscow'",
    ]);
  });
});

describe('sub-cluster view in Russian', { timeout: 20_000 }, () => {
  it('speaks Russian with the right plural forms', async () => {
    renderRoute('/subclusters?lang=ru');
    expect(await ready('Субкластеры')).toBeInTheDocument();
    expect(await screen.findByText('Минимум для регистрации')).toBeInTheDocument();
    expect(screen.getByText('30 организаций')).toBeInTheDocument();
    expect(screen.getByText('10 субкластеров')).toBeInTheDocument();
    expect(screen.getByText('Называют 2 субкластера')).toBeInTheDocument();
    expect(screen.getByText('Называют 5 субкластеров')).toBeInTheDocument();
    expect(
      screen.getByText(/В презентации не указано, какой субкластер называет какое направление/),
    ).toBeInTheDocument();
  });
});

describe('full sub-cluster × field matrix (synthetic fixture)', { timeout: 20_000 }, () => {
  it('draws who names what when the snapshot itemises it, and is navigable by keyboard', async () => {
    server.use(
      serveDataFile(
        'mic-2021.json',
        syntheticSnapshotJson((s) => {
          s.subclusters.fieldsBySubcluster = {
            food: ['food-industry', 'scientific-research'],
            troitsk: ['scientific-research', 'nuclear-technology', 'materials'],
          };
        }),
      ),
    );
    renderRoute('/subclusters?sort=source');
    await ready();
    expect(await screen.findByText('Synthetic test data — not real figures')).toBeInTheDocument();
    const matrix = await screen.findByRole('grid', {
      name: 'Sub-clusters and the priority fields they name',
    });
    expect(
      screen.queryByText(/The presentation does not say which sub-cluster names which field/),
    ).toBeNull();
    const cell = (name: string) => within(matrix).getByRole('gridcell', { name });
    const troitskName = "Troitsk Innovation Cluster 'New Materials, Laser and Radiation Technologies'";
    expect(cell(`Innovative Food Cluster: names Food industry`)).toBeInTheDocument();
    expect(cell(`Innovative Food Cluster: does not name Energy`)).toBeInTheDocument();
    expect(cell(`${troitskName}: names Scientific research`)).toHaveAttribute('tabindex', '0');
    expect(within(matrix).getAllByText('fields not reported')).toHaveLength(8);
    // The itemisation does not add up to the reported counts, and the view says so.
    expect(
      screen.getByText(/The itemised fields do not add up to the reported count for:/),
    ).toHaveTextContent('Scientific research (itemised 2, reported 7)');

    cell(`${troitskName}: names Scientific research`).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(cell(`${troitskName}: does not name Electronics and microelectronics`)).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(
      within(matrix).getByRole('gridcell', {
        name: /Innovative Territorial Cluster 'Zelenograd': fields not reported/,
      }),
    ).toHaveFocus();
    expect(
      screen.getByText("Innovative Territorial Cluster 'Zelenograd': fields not reported", { selector: 'p' }),
    ).toBeInTheDocument();
    // The first row is one "not reported" cell: down to the next row.
    await expectOneTabStop(matrix, '{ArrowDown}');
  });
});

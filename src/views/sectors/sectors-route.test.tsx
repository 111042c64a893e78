import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveDataFile, server } from '../../../test/support/msw-server';
import { syntheticSnapshotJson } from '../../../test/fixtures/snapshot-fixture';
import { renderRoute } from '../../../test/support/render-route';
import { expectOneTabStop } from '../../../test/support/roving-focus';

/** The bars of one chart (the SVG group named by the chart's title), in drawing order. */
async function bars(title: string) {
  // The first render compiles the lazy route, which can take a few seconds in a cold test run.
  const chart = await screen.findByRole('group', { name: title }, { timeout: 8000 });
  return within(chart).getAllByRole('button');
}
const names = (elements: HTMLElement[]) => elements.map((e) => e.getAttribute('aria-label'));

// Generous limits: a cold run compiles the lazily loaded route on first use.
describe('sectors view', { timeout: 20_000 }, () => {
  it('shows members’ shares as reported, largest first, with a 100 % bar and its source', async () => {
    renderRoute('/sectors');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sectors' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    expect(names(await bars('Members by sector'))).toEqual([
      'Services: 48%',
      'Wholesale and retail trade: 16%',
      'Industry: 14%',
      'IT: 7%',
      'Science and research: 7%',
      'Others: 6%',
      'Education: 2%',
    ]);
    const strip = screen.getByRole('group', { name: 'Shares of all members, adding up to 100%' });
    expect(within(strip).getAllByRole('button')).toHaveLength(7);
    const members = screen.getByRole('figure', { name: 'Members by sector' });
    expect(members).toHaveTextContent('Share of all 15,800 members, in %, c. 2021');
    expect(members).toHaveTextContent(/Source: Kutsenko & Ismagulova/);
    expect(within(members).getByRole('list', { name: 'How figures are drawn' })).toHaveTextContent(
      'as reported',
    );
  });

  it('draws the 97 “other domains” as a derived bar beside the reported ones', async () => {
    renderRoute('/sectors');
    const projects = await bars('Innovation projects by domain');
    expect(names(projects)).toEqual([
      'Other domains: =\u200997 (derived)',
      'Medicine: 32 (as reported)',
      'IT and AI: 28 (as reported)',
      'Aviation: 13 (as reported)',
    ]);
    expect(projects[0]).toHaveAttribute('data-kind', 'derived');
    expect(projects[0]).toHaveTextContent('= 97');
    expect(projects[1]).toHaveAttribute('data-kind', 'exact');
    const figure = screen.getByRole('figure', { name: 'Innovation projects by domain' });
    expect(within(figure).getByRole('list', { name: 'How figures are drawn' })).toHaveTextContent(
      /as reported.*derived by the dashboard/,
    );
  });

  it('switches to derived counts with ?measure=count, marked “=” and explained', async () => {
    const { location } = renderRoute('/sectors?measure=count');
    const members = await bars('Members by sector');
    expect(members[0]).toHaveAccessibleName('Services: =\u20097,584 (derived)');
    expect(members[0]).toHaveTextContent('= 7,584');
    expect(members.every((b) => b.getAttribute('data-kind') === 'derived')).toBe(true);
    expect(screen.getByRole('button', { name: 'Number (derived)' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(location.current.search).toBe('');
    expect((await bars('Members by sector'))[0]).toHaveAccessibleName('Services: 48%');
  });

  it('keeps the presentation’s order with ?sort=source', async () => {
    renderRoute('/sectors?sort=source');
    expect(names(await bars('Members by sector')).slice(-2)).toEqual(['Education: 2%', 'Others: 6%']);
    expect(names(await bars('Innovation projects by domain'))[0]).toBe('Medicine: 32 (as reported)');
    expect(screen.getByRole('button', { name: 'As in the source' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('details the highlighted sector from ?highlight=services and keeps it across options', async () => {
    const { location } = renderRoute('/sectors?highlight=services');
    const status = await screen.findByText(/^Highlighted/);
    const line = status.closest('.sectors-detail');
    expect(line).toHaveTextContent(
      'Services — 48% of members (as reported); 7,584 members, derived: 15,800 members × 48 % ÷ 100',
    );
    expect(line).toHaveTextContent('Kutsenko & Ismagulova');
    expect((await bars('Members by sector'))[0]).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Number (derived)' }));
    expect(new URLSearchParams(location.current.search).get('highlight')).toBe('services');
    expect(screen.getByText(/^Highlighted/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear highlight' }));
    expect(location.current.search).toBe('?measure=count');
  });

  it('makes each chart one Tab stop with the arrow keys inside (bars and the 100 % strip)', async () => {
    renderRoute('/sectors');
    await bars('Members by sector');
    await expectOneTabStop(screen.getByRole('group', { name: 'Members by sector' }), '{ArrowDown}');
    await expectOneTabStop(screen.getByRole('group', { name: 'Shares of all members, adding up to 100%' }));
  });

  it('toggles the highlight by click and by Enter, and shows the tooltip on focus', async () => {
    const { location } = renderRoute('/sectors');
    const medicine = (await bars('Innovation projects by domain'))[1];
    if (!medicine) throw new Error('no bar');
    await userEvent.click(medicine);
    expect(location.current.search).toBe('?highlight=medicine');
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Medicine');
    expect(tip).toHaveTextContent('end of 2020 (year)');
    expect(medicine).toHaveAttribute('aria-describedby', tip.id);
    await userEvent.keyboard('{Enter}');
    expect(location.current.search).toBe('');
    await userEvent.keyboard('{ArrowDown}');
    const next = (await bars('Innovation projects by domain'))[2];
    expect(next).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('IT and AI');
  });

  it('says when ?highlight= names nothing, and ignores a bad ?measure=', async () => {
    renderRoute('/sectors?highlight=nope&measure=bogus');
    // An id that names nothing is reported with the unparsable parameters, as on every view.
    expect(await screen.findByText(/\?highlight=nope/)).toHaveTextContent(
      '?measure=bogus, ?highlight=nope: not recognised; showing the default instead.',
    );
    const members = await bars('Members by sector');
    expect(members.every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    expect(members[0]).toHaveAccessibleName('Services: 48%');
  });

  it('shows the light-manufacturing figures with both dates’ precision', async () => {
    renderRoute('/sectors');
    const panel = await screen.findByRole('figure', {
      name: 'Light manufacturing on the contract manufacturing exchange',
    });
    expect(panel).toHaveTextContent('302 companies');
    expect(panel).toHaveTextContent('42 regions');
    expect(panel).toHaveTextContent('September 2020 (month)');
    expect(panel).toHaveTextContent('c. March 2021 (month)');
  });

  it('tabulates every figure exactly as in the snapshot', async () => {
    renderRoute('/sectors?tab=table');
    const members = await screen.findByRole('table', { name: /^Members by sector/ });
    const services = within(members).getByRole('row', { name: /^Services/ });
    expect(services).toHaveTextContent('48%');
    expect(services).toHaveTextContent('7,584');
    expect(services).toHaveTextContent('derived');
    expect(services).toHaveTextContent('Formula: 15,800 members × 48 % ÷ 100');
    expect(within(members).getAllByRole('row')).toHaveLength(8);
    const projects = screen.getByRole('table', { name: /^Innovation projects by domain: 170 in total/ });
    const other = within(projects).getByRole('row', { name: /^Other domains/ });
    expect(other).toHaveTextContent('97');
    expect(other).toHaveTextContent('Formula: 170 projects − 32 (medicine) − 28 (IT and AI) − 13 (aviation)');
    expect(within(projects).getByRole('row', { name: /^Medicine/ })).toHaveTextContent(/32as reported/);
    const light = screen.getByRole('table', { name: /^Light manufacturing/ });
    expect(within(light).getByRole('row', { name: /companies/ })).toHaveTextContent('302');
    expect(within(light).getByRole('row', { name: /regions/ })).toHaveTextContent('42');
  });

  it('keeps a table’s sort in ?order=, so a link reopens the table sorted the same way', async () => {
    const { location, unmount } = renderRoute('/sectors?tab=table');
    const members = await screen.findByRole('table', { name: /^Members by sector/ });
    const firstSector = (table: HTMLElement) => within(table).getAllByRole('row')[1]?.textContent ?? '';
    expect(firstSector(members)).toMatch(/^Services/);
    await userEvent.click(within(members).getByRole('button', { name: /^Sector/ }));
    expect(location.current.search).toBe('?tab=table&order=members.label.asc');
    expect(firstSector(members)).toMatch(/^Education/);
    unmount();

    renderRoute('/sectors?tab=table&order=members.share-value.asc');
    const reopened = await screen.findByRole('table', { name: /^Members by sector/ });
    expect(firstSector(reopened)).toMatch(/^Education/);
    expect(within(reopened).getByRole('columnheader', { name: /^Share/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('says when ?order= names a column the table lacks, or is malformed, and keeps the default order', async () => {
    const { unmount } = renderRoute('/sectors?tab=table&order=members.colour.asc');
    const members = await screen.findByRole('table', { name: /^Members by sector/ });
    expect(within(members).getAllByRole('row')[1]).toHaveTextContent(/^Services/);
    expect(
      screen.getByText(
        '?order=members.colour.asc: this table has no such column; showing its default order.',
      ),
    ).toBeInTheDocument();
    unmount();
    renderRoute('/sectors?tab=table&order=members');
    expect(
      await screen.findByText(
        '?order=members: not recognised; showing the default instead.',
        {},
        { timeout: 8000 },
      ),
    ).toBeInTheDocument();
  });

  it('speaks Russian with Russian number formats under ?lang=ru', async () => {
    renderRoute('/sectors?lang=ru&measure=count');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Отрасли' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    const members = await bars('Участники по отраслям');
    expect(members[0]?.textContent).toContain('7\u00a0584'); // Russian groups digits with a no-break space
    await userEvent.click(screen.getByRole('button', { name: 'Доля' }));
    expect((await bars('Участники по отраслям'))[0]).toHaveAccessibleName('Услуги: 48\u00a0%');
    expect(
      screen.getByRole('figure', { name: 'Лёгкая промышленность на бирже контрактного производства' }),
    ).toHaveTextContent('302 компании');
    await userEvent.click(screen.getByRole('button', { name: 'Таблица' }));
    const table = await screen.findByRole('table', { name: /^Участники по отраслям/ });
    const services = within(table).getByRole('row', { name: /^Услуги/ });
    expect(services.textContent).toContain('48\u00a0%');
    expect(services.textContent).toContain('7\u00a0584');
    expect(services).toHaveTextContent('Формула: 15 800 участников × 48 % ÷ 100');
  });

  it('shows “not reported” for a sector whose count the snapshot lacks', async () => {
    server.use(
      serveDataFile(
        'mic-2021.json',
        syntheticSnapshotJson((s) => {
          const first = s.sectors.members[0];
          if (first) delete first.count;
        }),
      ),
    );
    renderRoute('/sectors?measure=count');
    const members = await bars('Members by sector');
    expect(members.at(-1)).toHaveAccessibleName('Services: not reported');
    expect(screen.getByText('Synthetic test data — not real figures')).toBeInTheDocument();
  });
});

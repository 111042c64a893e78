import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/support/render-route';
import { expectOneTabStop } from '../../../test/support/roving-focus';

// Loading the lazy route and the snapshot can take seconds on a busy machine.
const LOAD = { timeout: 10_000 };
const chart = () => screen.findByRole('group', { name: /^Timeline of \d+ events/ }, LOAD);
const lanes = () =>
  Array.from(document.querySelectorAll('.timeline-lane text:first-of-type')).map((t) => t.textContent);

describe('stress-test timeline', { timeout: 20_000 }, () => {
  it('draws one lane per category with translated names, COVID-19 period first', async () => {
    renderRoute('/timeline');
    expect(await screen.findByRole('heading', { level: 1, name: 'Stress test' }, LOAD)).toBeInTheDocument();
    await chart();
    expect(lanes()).toEqual([
      'COVID-19 measures',
      'Digital services',
      'Grants and finance',
      'Membership and regions',
      'Sub-clusters',
      'International',
      'Governance',
    ]);
    expect(screen.getByText('Showing 1 Jan 2020 – 31 Dec 2021')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'COVID-19 period (2020–2021)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // Governance happened before 2020: its lane says so rather than looking empty.
    expect(screen.getByText('◀ 4 earlier')).toBeInTheDocument();
  });

  it('speaks Russian under ?lang=ru', async () => {
    renderRoute('/timeline?lang=ru');
    await screen.findByRole('group', { name: /^Хронология/ }, LOAD);
    expect(lanes()).toContain('Меры против COVID-19');
    expect(lanes()).toContain('Участники и регионы');
    expect(screen.getByRole('button', { name: 'Вся история (2018–2026)' })).toBeInTheDocument();
    expect(screen.getByText('Показано: 1 янв. 2020 – 31 дек. 2021')).toBeInTheDocument();
  });

  it('shows only COVID-19 measures under ?cats=covid, and keeps chip changes in the URL', async () => {
    const { location } = renderRoute('/timeline?cats=covid');
    await chart();
    expect(lanes()).toEqual(['COVID-19 measures']);
    const marks = document.querySelectorAll('.timeline-mark');
    expect(marks.length).toBeGreaterThan(10);
    expect([...marks].every((m) => m.getAttribute('data-event')?.startsWith('covid-'))).toBe(true);
    const covid = screen.getByRole('button', { name: /^COVID-19 measures 17$/ });
    expect(covid).toHaveAttribute('aria-pressed', 'true');
    expect(covid).toBeDisabled(); // the last lane cannot be switched off
    await userEvent.click(screen.getByRole('button', { name: /^Grants and finance 4$/ }));
    expect(location.current.search).toBe('?cats=covid%2Cgrants');
    expect(lanes()).toEqual(['COVID-19 measures', 'Grants and finance']);
    await userEvent.click(screen.getByRole('button', { name: 'All categories' }));
    expect(location.current.search).toBe('');
  });

  it('opens an event on click: details, note, sources with links, the view it bears on', async () => {
    const { location } = renderRoute('/timeline?lang=en');
    await chart();
    await userEvent.click(screen.getByRole('button', { name: /^CIP grants 2020: application deadline/ }));
    expect(location.current.search).toBe('?lang=en&event=grants-cip-deadline-2020');
    const panel = screen.getByRole('region', { name: 'Event details' });
    expect(within(panel).getByRole('heading', { name: /CIP grants 2020/ })).toHaveFocus();
    expect(within(panel).getByText('30 April 2020')).toBeInTheDocument();
    expect(within(panel).getByText('Grants and finance')).toBeInTheDocument();
    // The contradiction between sources is shown, not hidden.
    expect(within(panel).getByText(/extended to 1 June 2020/)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: /Российская газета/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/rg\.ru\//),
    );
    expect(within(panel).getByRole('link', { name: /Open Framework/ })).toHaveAttribute(
      'href',
      '/framework?lang=en',
    );
    await userEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Event details' })).not.toBeInTheDocument();
    expect(location.current.search).toBe('?lang=en');
  });

  it('opens an event with Enter and closes it with Esc, keyboard only', async () => {
    const { location } = renderRoute('/timeline');
    await chart();
    const mark = screen.getByRole('button', { name: /^Self-isolation for all Moscow residents/ });
    act(() => mark.focus());
    expect(mark).toHaveFocus();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Self-isolation for all Moscow residents');
    expect(screen.getByRole('tooltip')).toHaveTextContent('30 March 2020 – 9 June 2020');
    await userEvent.keyboard('{Enter}');
    const panel = screen.getByRole('region', { name: 'Event details' });
    expect(within(panel).getByText(/29 March 2020 is the date of the decree/)).toBeInTheDocument();
    expect(location.current.search).toBe('?event=covid-self-isolation-2020');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Event details' })).not.toBeInTheDocument();
  });

  it('opens the event a link names with ?event=, and offers to bring it into view', async () => {
    const { location } = renderRoute('/timeline?event=decree-2018-11-26');
    const panel = await screen.findByRole('region', { name: 'Event details' });
    expect(
      within(panel).getByRole('heading', { name: 'Presidential decree on the innovation cluster in Moscow' }),
    ).toBeInTheDocument();
    expect(within(panel).getByText('26 November 2018')).toBeInTheDocument();
    expect(within(panel).getByText(/The decree’s number is not stated/)).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Show on the timeline' }));
    expect(location.current.search).toMatch(/range=2018-01-01\.\.2020-01-0[12]/);
    expect(document.querySelector('[data-event="decree-2018-11-26"]')).not.toBeNull();
  });

  it('names unknown events and unusable ranges, and falls back to the defaults', async () => {
    renderRoute('/timeline?event=no-such-event&range=foo');
    await chart();
    expect(
      screen.getByText('?range=foo, ?event=no-such-event: not recognised; showing the default instead.'),
    ).toHaveAttribute('role', 'status');
    expect(screen.getByText('Showing 1 Jan 2020 – 31 Dec 2021')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Event details' })).not.toBeInTheDocument();
  });

  it('reopens a zoomed window from the URL and zooms, pans and resets with buttons and keys', async () => {
    const { location } = renderRoute('/timeline?range=2020-03-01..2020-07-01');
    await chart();
    expect(screen.getByText('Showing 1 Mar 2020 – 30 Jun 2020')).toBeInTheDocument();
    expect(document.querySelector('[data-event="covid-60plus-2021-10-25"]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(location.current.search).toBe('?range=2020-04-01..2020-06-01');
    await userEvent.click(screen.getByRole('button', { name: /Later/ }));
    expect(location.current.search).toBe('?range=2020-04-16..2020-06-16');
    const masks = screen.getByRole('button', { name: /^Masks and gloves become mandatory/ });
    act(() => masks.focus());
    // Plain arrows move between events; Shift with ←/→ moves in time.
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).not.toBe(masks);
    expect(document.activeElement).toHaveClass('timeline-mark');
    expect(location.current.search).toBe('?range=2020-04-16..2020-06-16');
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(location.current.search).toBe('?range=2020-04-04..2020-06-04');
    await userEvent.click(screen.getByRole('button', { name: 'Whole history (2018–2026)' }));
    expect(location.current.search).toBe('?range=2018-01-01..2027-01-01');
    await userEvent.click(screen.getByRole('button', { name: 'COVID-19 period (2020–2021)' }));
    expect(location.current.search).toBe('');
  });

  it('is one Tab stop: the arrow keys move between events', async () => {
    renderRoute('/timeline?range=2020-03-01..2020-07-01');
    await expectOneTabStop(await chart(), '{ArrowRight}');
  });

  it('tabs through events in time order', async () => {
    renderRoute('/timeline?range=2020-03-01..2020-07-01');
    await chart();
    const order = [...document.querySelectorAll('.timeline-mark')].map((m) => m.getAttribute('data-event'));
    expect(order.slice(0, 4)).toEqual([
      'grants-cip-first-call-2020-03',
      'covid-high-alert-2020-03-05',
      'covid-self-isolation-2020',
      'digital-passes-operator-2020',
    ]);
  });

  it('lists the events in a sortable table with dates, precision, sources and notes', async () => {
    renderRoute('/timeline?tab=table&cats=covid');
    const table = await screen.findByRole('table', { name: 'Events (17), by start date' }, LOAD);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(18);
    const self = rows.find((r) => r.textContent?.includes('Self-isolation'));
    if (!self) throw new Error('row missing');
    const cells = within(self)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual(['COVID-19 measures', '30 March 2020', '9 June 2020', 'day']);
    expect(cells[4]).toContain('Geopolitics.news');
    expect(cells[5]).toContain('29 March 2020 is the date of the decree');
    expect(within(rows[1] as HTMLElement).getByRole('rowheader')).toHaveTextContent(
      'High-alert regime in Moscow',
    );
    expect(within(table).getByRole('columnheader', { name: /Start/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    // An event's link opens it on the chart with the page's other options, the table's new order included.
    const link = () => within(table).getByRole('link', { name: 'Self-isolation for all Moscow residents' });
    expect(link()).toHaveAttribute('href', '/timeline?cats=covid&event=covid-self-isolation-2020');
    await userEvent.click(within(table).getByRole('button', { name: /^Event/ }));
    expect(link()).toHaveAttribute(
      'href',
      '/timeline?cats=covid&order=events.event.asc&event=covid-self-isolation-2020',
    );
  });

  it('words table dates in Russian', async () => {
    renderRoute('/timeline?tab=table&lang=ru');
    const table = await screen.findByRole('table', { name: /^События \(36\)/ }, LOAD);
    const row = (text: string) =>
      within(table)
        .getAllByRole('row')
        .find((r) => r.textContent?.includes(text));
    expect(row('Режим самоизоляции')).toHaveTextContent('30 марта 2020 г.');
    expect(row('ИТК «Зеленоград»')).toHaveTextContent('прибл. июнь 2020');
  });
});

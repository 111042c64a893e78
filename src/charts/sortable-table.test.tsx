import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider, type Language } from '../i18n';
import { SortableTable, type Column } from './sortable-table';
import { WINDOWED_ABOVE } from './windowing';
import { fakeWindowScroll } from '../../test/support/fake-scroll';

// Synthetic rows only: the shipped snapshot has no table this long.
interface Row {
  id: string;
  name: string;
  value: number;
}
const makeRows = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({ id: `r${i}`, name: `Row ${i}`, value: (i * 7919) % n }));

const columns: Column<Row>[] = [
  { key: 'name', label: 'Name', rowHeader: true, sortValue: (r) => r.name, render: (r) => r.name },
  {
    key: 'value',
    label: 'Value',
    numeric: true,
    sortValue: (r) => r.value,
    render: (r) => <a href={`#detail-${r.id}`}>{r.value}</a>,
  },
];

function renderTable(rows: Row[], url = '/t', language: Language = 'en') {
  return render(
    <I18nProvider language={language}>
      <MemoryRouter initialEntries={[url]}>
        <SortableTable
          id="t"
          caption="Synthetic rows"
          columns={columns}
          rows={rows}
          rowId={(r) => `row-${r.id}`}
          initialSort={{ key: 'value', dir: 'asc' }}
        />
      </MemoryRouter>
    </I18nProvider>,
  );
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
/** The windowed table has loaded once the caption counts its rows. */
const windowed = () => screen.findByText(/rows, drawn as you scroll/);

const { scrollY, scrollPageTo } = fakeWindowScroll();

describe('a table up to the threshold draws every row, as at the shipped data', () => {
  it('has no row count, row indices or gaps', () => {
    renderTable(makeRows(WINDOWED_ABOVE));
    expect(bodyRows()).toHaveLength(WINDOWED_ABOVE);
    const table = screen.getByRole('table');
    expect(table).not.toHaveAttribute('aria-rowcount');
    expect(table.querySelector('[aria-rowindex], .data-table__gap')).toBeNull();
    expect(screen.getByRole('table', { name: 'Synthetic rows' })).toBeInTheDocument();
  });
});

describe('a sort', () => {
  it('moves the rows without drawing them again, and a change of columns draws them all', async () => {
    const rows = makeRows(50);
    let drawn = 0;
    const counted = (suffix: string): Column<Row>[] => [
      columns[0] as Column<Row>,
      {
        key: 'value',
        label: 'Value',
        numeric: true,
        sortValue: (r) => r.value,
        render: (r) => {
          drawn += 1;
          return `${r.value}${suffix}`;
        },
      },
    ];
    const table = (cols: Column<Row>[]) => (
      <I18nProvider language="en">
        <MemoryRouter initialEntries={['/t']}>
          <SortableTable id="t" caption="Synthetic rows" columns={cols} rows={rows} />
        </MemoryRouter>
      </I18nProvider>
    );
    const { rerender } = render(table(counted('')));
    expect(drawn).toBe(50);
    await userEvent.click(screen.getByRole('button', { name: /^Value/ }));
    expect(bodyRows()[0]).toHaveTextContent(/^Row \d+0$/);
    await userEvent.click(screen.getByRole('button', { name: /^Value/ }));
    expect(bodyRows()[0]).toHaveTextContent(/^Row \d+49$/);
    expect(drawn).toBe(50);
    rerender(table(counted(' units')));
    expect(drawn).toBe(100);
    expect(bodyRows()[0]).toHaveTextContent(/49 units$/);
  });
});

describe('a table over the threshold draws a window of its rows', () => {
  it('keeps a real table that says how many rows it has and where each drawn row sits', async () => {
    renderTable(makeRows(5000));
    await windowed();
    const table = screen.getByRole('table', { name: /^Synthetic rows · 5,000 rows, drawn as you scroll$/ });
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getAllByRole('row')[0]).toHaveAttribute('aria-rowindex', '1');
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(rows[0]).toHaveTextContent('0'); // sorted by value, ascending
    // The rows below the window are one hidden gap, as tall as the rows it stands for.
    const gap = table.querySelector<HTMLElement>('.data-table__gap:last-child');
    expect(gap).toHaveAttribute('aria-hidden', 'true');
    expect(parseFloat(gap?.querySelector('td')?.style.height ?? '0')).toBeGreaterThan(100_000);
  });

  it('says the count in Russian too', async () => {
    renderTable(makeRows(1234), '/t', 'ru');
    expect(await screen.findByText(/1\s234 строки, показываются по мере прокрутки/)).toBeInTheDocument();
  });

  it('re-sorts the whole table from the header, not just the rows drawn', async () => {
    renderTable(makeRows(5000));
    await windowed();
    await userEvent.click(screen.getByRole('button', { name: /^Value/ }));
    expect(screen.getByRole('columnheader', { name: /^Value/ })).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows()[0]).toHaveTextContent('Row');
    expect(within(bodyRows()[0] as HTMLElement).getByRole('link')).toHaveTextContent('4999');
    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));
    expect(bodyRows()[0]).toHaveTextContent('Row 0');
    expect(bodyRows()[1]).toHaveTextContent('Row 1');
    expect(bodyRows()[2]).toHaveTextContent('Row 10');
    // The sort buttons keep their focus and their place in the tab order.
    expect(screen.getByRole('button', { name: /^Name/ })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: /^Value/ })).toHaveFocus();
    await userEvent.tab();
    expect(within(bodyRows()[0] as HTMLElement).getByRole('link')).toHaveFocus();
  });

  it('moves the window as the page scrolls', async () => {
    renderTable(makeRows(5000));
    await windowed();
    await scrollPageTo(44 * 3000);
    const indices = bodyRows().map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.min(...indices)).toBeGreaterThan(2900);
    expect(Math.max(...indices)).toBeLessThan(3100);
  });

  it('keeps the row with keyboard focus drawn when it scrolls out of the window', async () => {
    renderTable(makeRows(5000));
    await windowed();
    const link = within(bodyRows()[3] as HTMLElement).getByRole('link');
    act(() => link.focus());
    await scrollPageTo(44 * 3000);
    expect(link).toBeInTheDocument();
    expect(link).toHaveFocus();
  });

  it('scrolls to and focuses the row a #link names', async () => {
    renderTable(makeRows(5000), '/t#row-r2500');
    await windowed();
    const row = await waitFor(() => {
      const el = document.getElementById('row-r2500');
      if (!el) throw new Error('the target row is not drawn');
      return el;
    });
    await waitFor(() => expect(row).toHaveFocus());
    expect(row).toHaveAttribute('data-target');
    // r2500 has value 2500 × 7919 mod 5000 = 2500: the 2,501st row by value, far below the first screen.
    expect(row).toHaveAttribute('aria-rowindex', '2502');
    expect(scrollY()).toBeGreaterThan(44 * 2000);
  });

  it('draws every row for printing, and a window again afterwards', async () => {
    renderTable(makeRows(300));
    await windowed();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(bodyRows()).toHaveLength(300);
    expect(screen.getByRole('table')).not.toHaveAttribute('aria-rowcount');
    act(() => {
      fireEvent(window, new Event('afterprint'));
    });
    await windowed();
    expect(bodyRows().length).toBeLessThan(60);
  }, 20_000);
});

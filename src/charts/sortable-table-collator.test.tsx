import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider } from '../i18n';
import { SortableTable, type Column } from './sortable-table';

// Its own file: the collator, once made, is kept for the page (lib/collator.ts).
interface Row {
  id: string;
  name: string;
}
const columns: Column<Row>[] = [
  { key: 'name', label: 'Name', rowHeader: true, sortValue: (r) => r.name, render: (r) => r.name },
];
const rows: Row[] = ['Юг', 'Ёлка', 'Арка'].map((name, i) => ({ id: `r${i}`, name }));

const Original = Intl.Collator;
/** Counts the collators made, as test/e2e/prerendered.e2e.test.ts does in the browser. */
function countCollators(): { count: number } {
  const made = { count: 0 };
  const Counted = function (...args: ConstructorParameters<typeof Intl.Collator>) {
    made.count++;
    return new Original(...args);
  };
  Counted.prototype = Original.prototype as object;
  Object.defineProperty(Intl, 'Collator', { value: Counted, configurable: true, writable: true });
  return made;
}

describe('a sortable table and the collator its sort needs', () => {
  afterEach(() => {
    Object.defineProperty(Intl, 'Collator', { value: Original, configurable: true, writable: true });
  });

  it('makes none to draw, one when the header is pointed at, and sorts with it', () => {
    const made = countCollators();
    render(
      <I18nProvider language="ru">
        <MemoryRouter>
          <SortableTable id="t" caption="Rows" columns={columns} rows={rows} />
        </MemoryRouter>
      </I18nProvider>,
    );
    // A pre-rendered page is taken over without a single Intl object: the first costs 10-50 ms.
    expect(made.count).toBe(0);
    const button = screen.getByRole('button', { name: /Name/ });
    fireEvent.pointerEnter(button.closest('thead')!);
    expect(made.count).toBe(1);
    fireEvent.click(button);
    expect(made.count).toBe(1);
    expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Арка', 'Ёлка', 'Юг']);
  });
});

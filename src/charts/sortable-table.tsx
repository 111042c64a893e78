import { lazy, Suspense, useMemo, type ComponentType, type ReactNode } from 'react';
import { collatorFor } from '../lib/collator';
import { useTranslation } from '../i18n';
import type { TableSort } from '../lib/url-state';
import { TableRow, type Column } from './table-row';
import { usePrinting } from './use-printing';
import { useTableOrder } from './use-table-order';
import { isWindowed } from './windowing';
import type { VirtualTableProps } from './virtual-table';

export type { Column } from './table-row';

// Loaded with the first table long enough to need it, so no page at the shipped data loads it.
const LazyVirtualTable = lazy(() => import('./virtual-table'));
/** Rows drawn while the windowed table's code loads: about a screen, never the whole table. */
const ROWS_WHILE_LOADING = 25;

/** Rows that carry their own key or id need no `rowKey`; others must say what identifies them. */
type RowKeyProp<Row> = [Row] extends [{ key: string } | { id: string }]
  ? { rowKey?: (row: Row) => string }
  : { rowKey: (row: Row) => string };

const ownKey = (row: unknown): string => {
  const r = row as { key?: string; id?: string };
  return r.key ?? r.id ?? '';
};

type SortableTableProps<Row> = RowKeyProp<Row> & {
  /** Names the table in `?order=`, where its sort is kept so that a sorted table can be linked. */
  id: string;
  caption: ReactNode;
  columns: Column<Row>[];
  rows: Row[];
  /** An element id per row, so that a link can point at it (`/sources#figure-…`). */
  rowId?: (row: Row) => string;
  /** Sort column and direction at first; the user can click any header to re-sort. */
  initialSort?: TableSort;
  footer?: ReactNode;
};

/** A plain HTML table, sortable by any column with mouse or keyboard, with its caption and source line. */
export function SortableTable<Row>({
  id,
  caption,
  columns,
  rows,
  rowKey = ownKey,
  rowId,
  initialSort,
  footer,
}: SortableTableProps<Row>) {
  const { t, i18n } = useTranslation();
  const printing = usePrinting();
  const [urlSort, setUrlSort] = useTableOrder(id);
  const unknownColumn = urlSort && !columns.some((c) => c.key === urlSort.key) ? urlSort : undefined;
  const sort = (unknownColumn ? null : urlSort) ?? initialSort ?? null;
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return rows;
    const collator = collatorFor(i18n.language);
    const sign = sort.dir === 'asc' ? 1 : -1;
    // Each row's value once, not once per comparison: a date column parses its date in `sortValue`, and a sort
    // compares n·log n times (3,600 events at 100× the data).
    const keyed = rows.map((row) => ({ row, value: column.sortValue(row) }));
    keyed.sort(({ value: va }, { value: vb }) => {
      if (va === null && vb === null) return 0;
      if (va === null) return 1; // "not reported" always last
      if (vb === null) return -1;
      if (typeof va === 'number' && typeof vb === 'number') return (va - vb) * sign;
      return collator.compare(String(va), String(vb)) * sign;
    });
    return keyed.map((k) => k.row);
  }, [rows, columns, sort, i18n.language]);

  const toggle = (key: string) => {
    const next: TableSort =
      sort?.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
    const isDefault = next.key === initialSort?.key && next.dir === initialSort.dir;
    setUrlSort(isDefault ? undefined : next);
  };

  const windowed = isWindowed(sorted.length, printing);
  // lazy() keeps the component's props but not its type parameter.
  const VirtualTable = LazyVirtualTable as ComponentType<VirtualTableProps<Row>>;
  // Made when a sort is near (lib/collator.ts): a pointer over the header, a focused or pressed sort button.
  const prepareSort = () => void collatorFor(i18n.language);
  const head = (
    <thead onPointerEnter={prepareSort} onPointerDown={prepareSort} onFocus={prepareSort}>
      <tr aria-rowindex={windowed ? 1 : undefined}>
        {columns.map((c) => {
          const dir = sort?.key === c.key ? sort.dir : null;
          return (
            <th
              key={c.key}
              scope="col"
              className={c.numeric ? 'num' : undefined}
              aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
            >
              <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                {c.label}
                <span aria-hidden="true" className="sort-button__icon">
                  {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                </span>
                <span className="visually-hidden">{t('chart.sortBy')}</span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
  const table = (shown: Row[]) => (
    <table className="data-table">
      <caption>{caption}</caption>
      {head}
      <tbody>
        {shown.map((row) => (
          <TableRow key={rowKey(row)} columns={columns} row={row} id={rowId?.(row)} />
        ))}
      </tbody>
    </table>
  );

  return (
    <div className={windowed ? 'table-block' : 'table-block table-block--whole'}>
      {unknownColumn && (
        <p className="notice notice--inline" role="status">
          {t('chart.unknownSortColumn', { param: `?order=${id}.${unknownColumn.key}.${unknownColumn.dir}` })}
        </p>
      )}
      <div className="table-scroll">
        {windowed ? (
          <Suspense fallback={table(sorted.slice(0, ROWS_WHILE_LOADING))}>
            <VirtualTable
              caption={caption}
              head={head}
              columns={columns}
              rows={sorted}
              rowKey={rowKey}
              rowId={rowId}
            />
          </Suspense>
        ) : (
          table(sorted)
        )}
      </div>
      {footer}
    </div>
  );
}

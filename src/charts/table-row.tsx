import { memo, type ComponentPropsWithRef, type ReactNode } from 'react';

export interface Column<Row> {
  key: string;
  label: string;
  /** The value sorted on; numbers sort numerically, strings by the locale. */
  sortValue: (row: Row) => number | string | null;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
  /** Marks the row header column (first column usually). */
  rowHeader?: boolean;
}

type TableRowProps<Row> = { columns: Column<Row>[]; row: Row } & ComponentPropsWithRef<'tr'>;

/** One body row of a sortable table: the same cells whether the table draws every row or a window of them. */
function TableRowCells<Row>({ columns, row, ...rest }: TableRowProps<Row>) {
  return (
    <tr {...rest}>
      {columns.map((c) =>
        c.rowHeader ? (
          <th key={c.key} scope="row" className={c.numeric ? 'num' : undefined}>
            {c.render(row)}
          </th>
        ) : (
          <td key={c.key} className={c.numeric ? 'num' : undefined}>
            {c.render(row)}
          </td>
        ),
      )}
    </tr>
  );
}

/**
 * Drawn again only when its row or columns change: a sort then moves the rows' elements and draws none of them
 * anew (the tables keep their columns across renders).
 */
export const TableRow = memo(TableRowCells) as typeof TableRowCells;

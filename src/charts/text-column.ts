import type { Column } from './table-row';

/** A column that shows the very text it sorts on. */
export function textColumn<Row>(
  key: string,
  label: string,
  text: (row: Row) => string,
  options: { rowHeader?: boolean } = {},
): Column<Row> {
  return { key, label, sortValue: text, render: text, ...options };
}

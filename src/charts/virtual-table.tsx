import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
import { formatNumber } from '../i18n/format';
import { pluralForm } from '../i18n/plural';
import { TableRow, type Column } from './table-row';
import { useWindowRows } from './use-window-rows';
import { useWindowingText } from './windowing.text';

export interface VirtualTableProps<Row> {
  caption: ReactNode;
  /** The header, drawn as in the full table (its row is row 1 of `aria-rowcount`). */
  head: ReactNode;
  columns: Column<Row>[];
  /** Already sorted. */
  rows: Row[];
  rowKey: (row: Row) => string;
  rowId?: (row: Row) => string;
}

/**
 * A sortable table's body drawn as a window onto its rows (charts/windowing.ts). It stays a real table: its
 * caption gives the number of rows, and `aria-rowcount`/`aria-rowindex` tell a screen reader where a row sits
 * among all of them; the gaps standing in for rows not drawn are hidden from it.
 */
export default function VirtualTable<Row>({
  caption,
  head,
  columns,
  rows,
  rowKey,
  rowId,
}: VirtualTableProps<Row>) {
  const { i18n } = useTranslation();
  const w = useWindowingText();
  const lang = i18n.language;
  const rowAt = (index: number) => rows[index] as Row;
  const { containerRef, slots, itemProps, focusProps } = useWindowRows<HTMLTableSectionElement>({
    count: rows.length,
    keyOf: (index) => rowKey(rowAt(index)),
    idOf: rowId && ((index) => rowId(rowAt(index))),
  });
  return (
    <table className="data-table" aria-rowcount={rows.length + 1}>
      <caption>
        {caption}
        {' · '}
        <span className="data-table__count">
          {w(`rows.${pluralForm(lang, rows.length)}`, { count: formatNumber(rows.length, lang) })}
        </span>
      </caption>
      {head}
      <tbody ref={containerRef} {...focusProps}>
        {slots.map((slot) =>
          'gap' in slot ? (
            <tr key={slot.key} aria-hidden="true" className="data-table__gap">
              <td colSpan={columns.length} style={{ height: slot.gap }} />
            </tr>
          ) : (
            <TableRow
              key={slot.key}
              columns={columns}
              row={rowAt(slot.index)}
              id={rowId?.(rowAt(slot.index))}
              aria-rowindex={slot.index + 2}
              {...itemProps(slot.index)}
            />
          ),
        )}
      </tbody>
    </table>
  );
}

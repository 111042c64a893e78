import { enumParam, tableOrderParam } from '../lib/url-state';

/** `?tab=chart|table`, shared by every view. */
export const TAB_PARAM = enumParam(['chart', 'table'] as const, 'chart');
export type Tab = 'chart' | 'table';

/** `?order=table.column.dir,…`, shared by every view with tables: a sorted table can be linked to. */
export const ORDER_PARAM = tableOrderParam();

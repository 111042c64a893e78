import { enumParam, tableOrderParam, type ParamSpec } from '../lib/url-state';

/** `?tab=chart|table`, shared by every view. */
export const TABS = ['chart', 'table'] as const;
export const TAB_PARAM = enumParam(TABS, 'chart');
export type Tab = (typeof TABS)[number];

/** `?order=table.column.dir,…`, shared by every view with tables: a sorted table can be linked to. */
export const ORDER_PARAM = tableOrderParam();

/** A view's URL options: its own, plus the `?tab=` and `?order=` every view has. */
export function viewParams<S extends Record<string, ParamSpec<unknown>>>(own: S) {
  return { tab: TAB_PARAM, order: ORDER_PARAM, ...own };
}

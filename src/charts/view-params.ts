import { enumParam } from '../lib/url-state';

/** `?tab=chart|table`, shared by every view. */
export const TAB_PARAM = enumParam(['chart', 'table'] as const, 'chart');
export type Tab = 'chart' | 'table';

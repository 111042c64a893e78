import { ORDER_PARAM } from '../../charts/view-params';
import { textParam } from '../../lib/url-state';

/** `/sources` options: `?q=` filters the figure table, `?order=figures.<column>.<dir>` sorts it. */
export const SOURCES_PARAMS = { q: textParam(), order: ORDER_PARAM };

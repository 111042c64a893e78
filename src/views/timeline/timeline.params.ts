import { EVENT_CATEGORIES } from '../../charts/event-layer';
import { viewParams } from '../../charts/view-params';
import { dayRangeParam, idParam, setParam } from '../../lib/url-state';

/**
 * Everything the timeline shows is in the URL: `?range=2020-03-01..2020-07-01` (visible window, end
 * exclusive), `?cats=covid,grants` (lanes shown), `?event=<id>` (details open), `?tab=table`.
 */
export const TIMELINE_PARAMS = viewParams({
  range: dayRangeParam(),
  cats: setParam(EVENT_CATEGORIES, EVENT_CATEGORIES),
  event: idParam(),
});

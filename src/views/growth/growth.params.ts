/** The growth view's options, all kept in the URL so that a copied link reopens the same chart. */
import { viewParams } from '../../charts/view-params';
import { dayRangeParam, enumParam, idParam, setParam } from '../../lib/url-state';

/** The series ids the snapshot schema allows, in drawing order. */
export const SERIES_IDS = ['participants', 'partners', 'total'] as const;

export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];

export const GROWTH_PARAMS = viewParams({
  /** `?scale=linear|log`. */
  scale: enumParam(SCALES, 'linear'),
  /** `?series=participants,partners,total`: which lines are drawn (and listed in the table). */
  series: setParam(SERIES_IDS, SERIES_IDS),
  /** `?events=on|off`: the COVID-19 periods and cluster events from the shared event layer. */
  events: enumParam(['on', 'off'] as const, 'on'),
  /** `?range=YYYY-MM-DD..YYYY-MM-DD`: the date window; absent means the whole record. */
  range: dayRangeParam(),
  /** `?from=<figure id>&to=<figure id>`: the two points of one series the growth ratio is computed from. */
  from: idParam(),
  to: idParam(),
});

/** The "COVID-19 period" preset of the date window: the two years of the measures the stress test covers. */
export const COVID_RANGE: readonly [string, string] = ['2020-01-01', '2021-12-31'];

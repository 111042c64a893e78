import { VIEW_IDS } from '../lib/paths';
import { enumParam, setParam, type ParamSpec } from '../lib/url-state';

/** `?slide=3` (1-based); anything else falls back to the first slide. */
const slideParam: ParamSpec<number> = {
  parse: (raw) => (/^[1-9]\d{0,2}$/.test(raw) ? Number(raw) : undefined),
  serialize: (v) => String(v),
  default: 1,
};

export const PRESENT_PARAMS = {
  views: setParam(VIEW_IDS, VIEW_IDS),
  slide: slideParam,
  notes: enumParam(['1', '0'] as const, '1'),
};

import { viewParams } from '../../charts/view-params';
import { RUSSIA_SUBJECTS } from '../../geo/russia-subjects';
import { enumParam, type ParamSpec } from '../../lib/url-state';

/** `?region=RU-TUL`: an ISO 3166-2:RU code of one of the map's subjects (case-insensitive); anything else is invalid. */
export function regionCodeParam(codes: readonly string[]): ParamSpec<string | undefined> {
  return {
    parse: (raw) => {
      const code = raw.toUpperCase();
      return codes.includes(code) ? code : undefined;
    },
    serialize: (v) => v ?? '',
    default: undefined,
  };
}

export const MAP_MODES = ['tiles', 'geo'] as const;
export type MapMode = (typeof MAP_MODES)[number];

/** The regions view's URL options: map type, highlighted region, service access filter, chart/table tab. */
export const REGIONS_PARAMS = viewParams({
  map: enumParam(MAP_MODES, 'tiles'),
  region: regionCodeParam(RUSSIA_SUBJECTS.map((s) => s.code)),
  access: enumParam(['all', 'full', 'limited', 'none'] as const, 'all'),
});

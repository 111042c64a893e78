/** The sector view's options, all kept in the URL so that a copied link reopens the same view. */
import { viewParams } from '../../charts/view-params';
import { enumParam, idParam } from '../../lib/url-state';

export const MEASURES = ['share', 'count'] as const;
export type Measure = (typeof MEASURES)[number];

/** `value`: largest first; `source`: the order of the presentation's slide. */
export const SORT_ORDERS = ['value', 'source'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const SECTORS_PARAMS = viewParams({
  /** `?measure=share|count`: members by sector as reported shares, or as counts derived from 15,800. */
  measure: enumParam(MEASURES, 'share'),
  /** `?sort=value|source`: order of the bars in every chart (and the tables' first order). */
  sort: enumParam(SORT_ORDERS, 'value'),
  /** `?highlight=<sector or domain id>`, e.g. `services` or `medicine`: one bar drawn in the highlight colour. */
  highlight: idParam(),
});

/** The sub-cluster view's options, all kept in the URL so that a copied link reopens the same view. */
import { viewParams } from '../../charts/view-params';
import { enumParam, idParam } from '../../lib/url-state';

export const CHART_KINDS = ['bars', 'scatter'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** `source` keeps the order of the presentation's table. */
export const SORT_KEYS = ['participants', 'projects', 'name', 'source'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SUBCLUSTERS_PARAMS = viewParams({
  /** `?chart=bars|scatter`: participants as bars with projects alongside, or size against projects. */
  chart: enumParam(CHART_KINDS, 'bars'),
  /** `?sort=participants|projects|name|source`: order of the bars, the scatter's key and the table. */
  sort: enumParam(SORT_KEYS, 'participants'),
  /** `?highlight=<sub-cluster id>`: one sub-cluster drawn in the highlight colour. */
  highlight: idParam(),
});

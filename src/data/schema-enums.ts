/**
 * The schema's fixed lists that the views draw from (legend order, timeline lanes), without the validator:
 * the page imports these, and only the data worker loads schema.ts and zod.
 */

/** Event categories, in the order of the timeline's lanes (top to bottom). */
export const EVENT_CATEGORIES = [
  'covid',
  'digital',
  'grants',
  'membership',
  'subclusters',
  'international',
  'governance',
] as const;

/** The kinds of figure, in the order legends and summaries list them. */
export const QUALIFIER_KINDS = ['exact', 'lowerBound', 'upperBound', 'approximate', 'derived'] as const;

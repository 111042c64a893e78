import { viewParams } from '../../charts/view-params';
import { enumParam, type ParamSpec } from '../../lib/url-state';

/**
 * `?feature=5`: a feature number to highlight and scroll to. Any positive integer parses; whether the
 * snapshot has that feature is checked against the data (a missing one gets its own notice).
 */
function featureParam(): ParamSpec<number | undefined> {
  return {
    parse: (raw) => (/^[1-9]\d{0,2}$/.test(raw) ? Number(raw) : undefined),
    serialize: (v) => (v === undefined ? '' : String(v)),
    default: undefined,
  };
}

/** The framework view's options, all in the URL so a copied link reopens the same state. */
export const FRAMEWORK_PARAMS = viewParams({
  feature: featureParam(),
  /** The research goals intro, folded by default. */
  goals: enumParam(['hide', 'show'] as const, 'hide'),
});

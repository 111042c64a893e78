import { useHydrated } from '../lib/use-hydrated';
import { PROBE_ID } from './expected-width';

/**
 * Where a full-width chart frame's body would be, without height and unseen: its width is a chart's
 * (styles/charts.css). Not in the pre-rendered HTML, whose charts are hydrated at the width they were
 * rendered at, and whose bytes count against the first round trip.
 */
export function ChartWidthProbe() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <div id={PROBE_ID} className="card chart-width-probe" aria-hidden="true">
      <div />
    </div>
  );
}

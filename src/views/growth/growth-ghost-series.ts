import { useMemo } from 'react';
import type { CompareLayer } from '../../charts/use-compare-snapshot';
import { buildSeries, type ChartSeries, type Period, type SeriesId } from './growth-series';

/** The other snapshot's series (`?compare=`), with the same selection and date window as the chart's own. */
export function useGhostSeries(
  layer: CompareLayer | undefined,
  series: readonly SeriesId[],
  window: Period | undefined,
): ChartSeries[] {
  return useMemo(
    () => (layer ? buildSeries(layer.snapshot, { series, window }) : []),
    [layer, series, window],
  );
}

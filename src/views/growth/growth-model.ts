/** What the growth view draws for the current URL options: one hook shared by the chart and table tabs. */
import { useMemo } from 'react';
import { buildGrowthOverlay, type PlacedEvent } from '../../charts/event-layer';
import type { Snapshot } from '../../data/schema';
import type { ParamValues } from '../../lib/url-state';
import { groupPeriods } from './growth-layout';
import { computeRatio, resolveBasis, type GrowthRatio } from './growth-multiples';
import {
  allSeries,
  buildSeries,
  dataExtent,
  overlaps,
  windowOf,
  xDomain,
  type ChartSeries,
  type Period,
} from './growth-series';
import type { GROWTH_PARAMS } from './growth.params';

export type Values = ParamValues<typeof GROWTH_PARAMS>;

export interface Overlay {
  /** COVID-19 measures in force, grouped where they overlap. */
  groups: { start: number; end: number; items: PlacedEvent[] }[];
  /** Cluster events (not COVID-19, not governance) from the shared event layer. */
  markers: PlacedEvent[];
}

export interface GrowthModel {
  /** Every series of the snapshot, whatever is selected (for the series chips and the ratio basis). */
  every: ChartSeries[];
  /** The series and points on screen: selection and date window applied. */
  shown: ChartSeries[];
  extent: Period;
  window: Period | undefined;
  domain: Period;
  overlay: Overlay | null;
  ratio: GrowthRatio | undefined;
  /** `?from=`/`?to=` values that name no usable basis. */
  basisInvalid: { name: string; raw: string }[];
}

export function useGrowthModel(snapshot: Snapshot, values: Values): GrowthModel {
  const every = useMemo(() => allSeries(snapshot), [snapshot]);
  const extent = useMemo(() => dataExtent(snapshot), [snapshot]);
  const window = useMemo(() => windowOf(values.range), [values.range]);
  const domain = useMemo(() => xDomain(extent, window), [extent, window]);
  const shown = useMemo(
    () => buildSeries(snapshot, { series: values.series, window }),
    [snapshot, values.series, window],
  );
  const overlay = useMemo((): Overlay | null => {
    if (values.events !== 'on') return null;
    const { periods, markers } = buildGrowthOverlay(snapshot);
    return {
      groups: groupPeriods(periods.filter((p) => overlaps(p, domain))),
      markers: markers.filter((m) => overlaps(m, domain)),
    };
  }, [snapshot, values.events, domain]);
  const { basis, invalid } = useMemo(
    () => resolveBasis(snapshot, values.from, values.to),
    [snapshot, values.from, values.to],
  );
  const ratio = useMemo(() => (basis ? computeRatio(basis) : undefined), [basis]);
  return { every, shown, extent, window, domain, overlay, ratio, basisInvalid: invalid };
}

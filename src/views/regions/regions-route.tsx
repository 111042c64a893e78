import { useCallback, useMemo } from 'react';
import { viewRoute, type TabProps } from '../../charts/view-route';
import type { Snapshot } from '../../data/schema';
import { makeRussiaProjection } from '../../geo/russia-projection';
import { RUSSIA_SUBJECTS } from '../../geo/russia-subjects';
import { AgreementsList } from './agreements-list';
import { PartnerStatCards } from './partner-stats';
import { RegionMapFrame } from './region-map-frame';
import { useRegionsText } from './regions.text';
import { REGIONS_PARAMS } from './regions.params';
import { classifySubjects, partnerStats } from './regions-series';
import { RegionsTables } from './regions-tables';
import { ServicesMatrix } from './services-matrix';
import { useDistrictName } from './subject-info';
import './regions.css';

/** `/regions`: partner regions on a map of Russia, the partner figures, the platform's services and agreements. */
export default viewRoute({
  view: 'regions',
  params: REGIONS_PARAMS,
  text: useRegionsText,
  Chart: Charts,
  Table: Tables,
});

function Tables({ snapshot }: { snapshot: Snapshot }) {
  const rows = useMemo(() => classifySubjects(snapshot, RUSSIA_SUBJECTS), [snapshot]);
  const districtOf = useDistrictName();
  return <RegionsTables snapshot={snapshot} rows={rows} districtOf={districtOf} />;
}

type Values = TabProps<typeof REGIONS_PARAMS>['params']['values'];

function Charts({ snapshot, params }: TabProps<typeof REGIONS_PARAMS>) {
  const { values, update } = params;
  const rows = useMemo(() => classifySubjects(snapshot, RUSSIA_SUBJECTS), [snapshot]);
  const districtOf = useDistrictName();
  // Stable props, so an option redraws only the part it changes (the panels are memoised).
  const stats = useMemo(() => partnerStats(snapshot), [snapshot]);
  const onMode = useCallback((map: Values['map']) => update({ map }), [update]);
  const onSelect = useCallback((region: Values['region']) => update({ region }), [update]);
  const onFilter = useCallback((access: Values['access']) => update({ access }), [update]);
  return (
    <>
      <PartnerStatCards stats={stats} snapshot={snapshot} />
      <RegionMapFrame
        snapshot={snapshot}
        rows={rows}
        mode={values.map}
        onMode={onMode}
        selected={values.region}
        onSelect={onSelect}
        districtOf={districtOf}
        project={makeRussiaProjection}
      />
      <ServicesMatrix snapshot={snapshot} filter={values.access} onFilter={onFilter} />
      <AgreementsList snapshot={snapshot} />
    </>
  );
}

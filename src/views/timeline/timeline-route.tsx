import { useMemo } from 'react';
import { EVENT_CATEGORIES, placeEvents } from '../../charts/event-layer';
import { viewRoute, type TabProps } from '../../charts/view-route';
import type { EventCategory, Snapshot } from '../../data/schema';
import type { ViewParams } from '../../lib/use-view-params';
import { CategoryChips } from './timeline-controls';
import { TimelineChart } from './timeline-chart';
import { TimelineTable } from './timeline-tables';
import { ignoredTimelineParams } from './timeline-state';
import { TIMELINE_PARAMS } from './timeline.params';
import { useTimelineText } from './timeline.text';
import './timeline.css';

type Params = ViewParams<typeof TIMELINE_PARAMS>;

/** `/timeline`: the COVID-19 "stress test" and the cluster's history on one zoomable time axis. */
export default viewRoute({
  view: 'timeline',
  params: TIMELINE_PARAMS,
  text: useTimelineText,
  unknown: ignoredTimelineParams,
  Chart: ChartTab,
  Table: TableTab,
});

function useEvents(snapshot: Snapshot, params: Params) {
  const { values, update } = params;
  const all = useMemo(() => placeEvents(snapshot), [snapshot]);
  const shown = useMemo(() => placeEvents(snapshot, values.cats), [snapshot, values.cats]);
  const counts = useMemo(() => {
    const out = Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, 0])) as Record<EventCategory, number>;
    for (const p of all) out[p.event.category] += 1;
    return out;
  }, [all]);
  const chips = (
    <CategoryChips selected={values.cats} counts={counts} onChange={(cats) => update({ cats })} />
  );
  return { all, shown, chips };
}

function ChartTab({ snapshot, params }: TabProps<typeof TIMELINE_PARAMS>) {
  const { all, shown, chips } = useEvents(snapshot, params);
  return <TimelineChart snapshot={snapshot} all={all} shown={shown} params={params} chips={chips} />;
}

function TableTab({ snapshot, params }: TabProps<typeof TIMELINE_PARAMS>) {
  const { shown, chips } = useEvents(snapshot, params);
  return (
    <div className="timeline-table">
      <div className="chart-frame__controls">{chips}</div>
      <TimelineTable snapshot={snapshot} events={shown} />
    </div>
  );
}

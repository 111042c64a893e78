import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { PlacedEvent } from '../../charts/event-layer';
import { ChartFrame } from '../../charts/chart-frame';
import { useParentWidth } from '../../charts/use-parent-size';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import type { useViewParams } from '../../lib/use-view-params';
import { EventDetails } from './event-details';
import { SourcesLine } from './sources-line';
import { WindowControls, type Preset } from './timeline-controls';
import { TimelineLegend } from './timeline-legend';
import { TimelinePlot } from './timeline-plot';
import { buildLanes, exportRows, formatEventDate, markKinds } from './timeline-series';
import type { TIMELINE_PARAMS } from './timeline.params';
import { useTimelineText } from './timeline.text';
import { timelineExtent } from './timeline-state';
import {
  centreWindowOn,
  clampWindow,
  COVID_WINDOW,
  panWindow,
  sameDays,
  windowFromRange,
  windowToRange,
  zoomWindow,
  type TimeWindow,
} from './timeline-window';
import { useLiveWindow } from './use-live-window';

interface TimelineChartProps {
  snapshot: Snapshot;
  all: PlacedEvent[];
  shown: PlacedEvent[];
  params: ReturnType<typeof useViewParams<typeof TIMELINE_PARAMS>>;
  chips: ReactNode;
}

/** The chart tab: controls, the measured plot, the details panel, legend and sources. */
export function TimelineChart({ snapshot, all, shown, params, chips }: TimelineChartProps) {
  const { t, i18n } = useTranslation();
  const tt = useTimelineText();
  const lang = i18n.language;
  const { values, update } = params;
  const { ref, width } = useParentWidth<HTMLDivElement>();
  // A panel opened from a link stays put; one the reader opens takes focus.
  const [openedByReader, setOpenedByReader] = useState(false);

  const extent = timelineExtent(snapshot);
  const presets = useMemo<Preset[]>(
    () => [
      { id: 'covid', window: clampWindow(COVID_WINDOW, extent) },
      { id: 'history', window: extent },
    ],
    [extent],
  );
  const { window: committed } = windowFromRange(values.range, extent, COVID_WINDOW);
  const commit = useCallback(
    (w: TimeWindow) => update({ range: sameDays(w, COVID_WINDOW) ? undefined : windowToRange(w) }),
    [update],
  );
  const { window, gesturing, preview, set, step } = useLiveWindow(committed, commit);
  // A button, key or preset moves the window: its controls answer at once and the plot, every mark laid out
  // again (3,600 events at 100× the data), follows as a transition. A drag, wheel or pinch is drawn at once,
  // since each of its steps builds on the window drawn.
  const deferredStart = useDeferredValue(window.start);
  const deferredEnd = useDeferredValue(window.end);
  const start = gesturing ? window.start : deferredStart;
  const end = gesturing ? window.end : deferredEnd;
  const plotWindow = useMemo(() => ({ start, end }), [start, end]);
  const lanes = useMemo(() => buildLanes(snapshot, values.cats), [snapshot, values.cats]);
  const dateOf = useCallback(
    (p: PlacedEvent) => formatEventDate(p.event, lang, t, (precision) => tt(`precision.${precision}`)),
    [lang, t, tt],
  );

  const select = useCallback(
    (id: string) => {
      setOpenedByReader(true);
      update({ event: id });
    },
    [update],
  );

  const selected = all.find((p) => p.event.id === values.event);
  const hiddenByFilter = selected !== undefined && !values.cats.includes(selected.event.category);
  const outOfView = selected !== undefined && (selected.end <= window.start || selected.start >= window.end);
  const close = () => {
    const id = values.event;
    update({ event: undefined });
    // Back to the mark that opened the panel, so keyboard users keep their place.
    requestAnimationFrame(() =>
      document.querySelector<SVGGElement>(`.timeline-mark[data-event="${id ?? ''}"]`)?.focus(),
    );
  };
  const showSelected = () => {
    if (!selected) return;
    update({
      cats: hiddenByFilter ? [...values.cats, selected.event.category] : values.cats,
      range: windowToRange(centreWindowOn(window, selected.start, selected.end, extent)),
    });
  };

  return (
    <ChartFrame
      id="timeline-chart"
      items={snapshot.events.length}
      title={tt('chartTitle')}
      subtitle={tt('subtitle')}
      hint={tt('hint')}
      controls={
        <>
          <WindowControls
            window={window}
            presets={presets}
            onPreset={set}
            onZoom={(f) => set(zoomWindow(window, f, extent))}
            onPan={(f) => set(panWindow(window, f, extent))}
          />
          {chips}
        </>
      }
      legend={<TimelineLegend kinds={markKinds(shown)} />}
      exportable={{
        name: 'timeline-events',
        rows: () => exportRows(shown, snapshot, lang, dateOf),
        snapshot,
      }}
      footer={<SourcesLine snapshot={snapshot} events={shown} />}
    >
      <div
        className={`timeline-layout${selected ? ' timeline-layout--open' : ''}`}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && selected) close();
        }}
      >
        <div ref={ref} className="timeline-layout__plot">
          <TimelinePlot
            width={width}
            lanes={lanes}
            window={plotWindow}
            extent={extent}
            selectedId={values.event}
            onSelect={select}
            onPreview={preview}
            onStep={step}
            dateOf={dateOf}
          />
        </div>
        {selected && (
          <EventDetails
            snapshot={snapshot}
            placed={selected}
            dateText={dateOf(selected)}
            hiddenByFilter={hiddenByFilter}
            focusOnOpen={openedByReader}
            onShow={hiddenByFilter || outOfView ? showSelected : undefined}
            onClose={close}
          />
        )}
      </div>
    </ChartFrame>
  );
}

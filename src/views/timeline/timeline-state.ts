/**
 * What the URL asks of the timeline, checked against the snapshot: the window extent the data allows,
 * and which parameters could not be used (unknown event id, a range wholly outside the data).
 */
import { placeEvents } from '../../charts/event-layer';
import type { Snapshot } from '../../data/schema';
import { perSnapshot } from '../../data/per-snapshot';
import { COVID_WINDOW, dataExtent, windowFromRange, type TimeWindow } from './timeline-window';

/** Once per snapshot: every change of the timeline's URL checks its parameters against it. */
export const timelineExtent = perSnapshot((snapshot): TimeWindow =>
  dataExtent(placeEvents(snapshot), snapshot.compiled),
);

export function ignoredTimelineParams(
  snapshot: Snapshot,
  values: { range: readonly [string, string] | undefined; event: string | undefined },
): { name: string; raw: string }[] {
  const out: { name: string; raw: string }[] = [];
  if (windowFromRange(values.range, timelineExtent(snapshot), COVID_WINDOW).outside && values.range)
    out.push({ name: 'range', raw: values.range.join('..') });
  if (values.event && !snapshot.events.some((e) => e.id === values.event))
    out.push({ name: 'event', raw: values.event });
  return out;
}

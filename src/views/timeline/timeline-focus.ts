/**
 * Where the keyboard goes in the timeline plot: the stops of its one roving Tab stop, and the cursor of each
 * lane drawn as paths.
 */
import type { LaneLayout, TimelineLayout } from './timeline-layout';

/** The roving-focus id of a dense lane: one Tab stop for all its events. */
export const laneKey = (lane: LaneLayout) => `lane:${lane.category}`;

/** Where the keyboard is in a dense lane: its own cursor, else the open event, else the first in view. */
export function cursorIn(
  lane: LaneLayout,
  cursors: Readonly<Record<string, string>>,
  selectedId: string | undefined,
) {
  const id = cursors[lane.category] ?? selectedId;
  return Math.max(
    0,
    lane.marks.findIndex((m) => m.placed.event.id === id),
  );
}

/**
 * What the arrow keys move between, in time order: each mark of a lane drawn mark by mark, and one stop per
 * dense lane, at the event its cursor is on (so ↑ and ↓ leave from there).
 */
export function focusStops(
  layout: TimelineLayout,
  cursors: Readonly<Record<string, string>>,
  selectedId: string | undefined,
) {
  const laneOf = new Map(layout.lanes.map((l) => [l.category, l]));
  const atCursor = new Set(
    layout.lanes.filter((l) => l.dense).map((l) => l.marks[cursorIn(l, cursors, selectedId)]),
  );
  return layout.marks.flatMap((m) => {
    const lane = laneOf.get(m.placed.event.category);
    if (lane?.dense && !atCursor.has(m)) return [];
    const id = lane?.dense ? laneKey(lane) : m.placed.event.id;
    return [{ id, x: (m.x0 + m.x1) / 2, y: m.y }];
  });
}

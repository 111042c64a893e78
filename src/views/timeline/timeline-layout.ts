/**
 * Pixel layout of the timeline: lanes stacked top to bottom, each with its label row above it (never a
 * left gutter, so a phone keeps the full width), marks placed by date precision and stacked into sub-rows.
 */
import type { PlacedEvent } from '../../charts/event-layer';
import type { EventCategory } from '../../data/schema';
import { timeScale } from '../../charts/time-ticks';
import { textWidth } from '../../charts/text-measure';
import { rowCount, stackLane } from '../../charts/label-placement';
import { drawnExtent, outsideCounts, type DrawnExtent, type Lane } from './timeline-series';
import type { TimeWindow } from './timeline-window';

export const GEOMETRY = {
  padX: 10,
  axisHeight: 40,
  laneHead: 24,
  rowHeight: 24,
  markHeight: 14,
  laneGap: 12,
  fontSize: 12,
  dotRadius: 5,
  minBand: 6,
  minBar: 4,
  /** How far marks may be drawn past the plot's edges (a dot's radius and its focus ring); beyond, they are clipped. */
  clipOut: 8,
} as const;

export interface MarkLayout {
  placed: PlacedEvent;
  drawn: DrawnExtent;
  /** Pixel edges: outer (whole uncertain span) and core (certain part). */
  xOuterStart: number;
  xCoreStart: number;
  xCoreEnd: number;
  xOuterEnd: number;
  /** Drawn box, including a dot's radius or a band's minimum width. */
  x0: number;
  x1: number;
  row: number;
  /** Vertical centre of the mark. */
  y: number;
  label: { x: number; room: number; inside: boolean } | null;
}

export interface LaneLayout {
  category: EventCategory;
  top: number;
  height: number;
  rows: number;
  marks: MarkLayout[];
  before: number;
  after: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  lanes: LaneLayout[];
  /** Every visible mark in time order: the Tab order. */
  marks: MarkLayout[];
}

/** Lays out the lanes for a window and width; `titleOf` gives the label text of an event. */
export function layoutTimeline(
  lanes: readonly Lane[],
  window: TimeWindow,
  width: number,
  titleOf: (p: PlacedEvent) => string,
  maxRows = 4,
): TimelineLayout {
  const g = GEOMETRY;
  const plotLeft = g.padX;
  const plotRight = Math.max(plotLeft + 40, width - g.padX);
  const x = timeScale(window, plotLeft, plotRight);
  let top = g.axisHeight;
  const laneLayouts: LaneLayout[] = [];

  for (const lane of lanes) {
    const candidates = lane.events.map((placed) => {
      const drawn = drawnExtent(placed);
      const xs = [drawn.outerStart, drawn.coreStart, drawn.coreEnd, drawn.outerEnd].map((t) => x(t));
      const [xOuterStart = 0, xCoreStart = 0, xCoreEnd = 0, xOuterEnd = 0] = xs;
      let x0 = xOuterStart;
      let x1 = xOuterEnd;
      if (drawn.shape === 'day') {
        const c = (xOuterStart + xOuterEnd) / 2;
        x0 = Math.min(x0, c - g.dotRadius);
        x1 = Math.max(x1, c + g.dotRadius);
      } else {
        const min = drawn.shape === 'band' ? g.minBand : g.minBar;
        if (x1 - x0 < min) {
          const c = (x0 + x1) / 2;
          x0 = c - min / 2;
          x1 = c + min / 2;
        }
      }
      const labelWidth = textWidth(titleOf(placed), g.fontSize);
      // A period wide enough on screen carries its label inside; otherwise the label goes to the right.
      // The whole drawn span, fading ends included (the fade is light enough to write on).
      const visible0 = Math.max(x0, plotLeft);
      const visible1 = Math.min(x1, plotRight);
      const insideRoom = drawn.shape === 'band' || drawn.shape === 'period' ? visible1 - visible0 - 10 : 0;
      const inside = insideRoom >= labelWidth;
      return {
        placed,
        drawn,
        xOuterStart,
        xCoreStart,
        xCoreEnd,
        xOuterEnd,
        x0,
        x1,
        inside,
        insideRoom,
        visible0,
        textWidth: labelWidth,
      };
    });
    const visible = candidates.filter((c) => c.x1 >= plotLeft && c.x0 <= plotRight);
    const stacked = stackLane(
      visible.map((c) => ({
        id: c.placed.event.id,
        x0: Math.max(c.x0, plotLeft - 1),
        x1: Math.min(c.x1, plotRight + 1),
        labelWidth: c.inside ? 0 : c.textWidth,
      })),
      { plotRight, maxRows },
    );
    const byId = new Map(stacked.map((s) => [s.id, s]));
    const rows = rowCount(stacked);
    const marks: MarkLayout[] = visible.map((c) => {
      const s = byId.get(c.placed.event.id) ?? { row: 0, labelRoom: 0 };
      const y = top + g.laneHead + s.row * g.rowHeight + g.rowHeight / 2;
      // Inside when the whole title fits; else to the right; else, for a long mark with no room on its
      // right (it runs off the plot), cut inside it.
      const label =
        c.inside || (s.labelRoom === 0 && c.insideRoom >= 48)
          ? { x: c.visible0 + 5, room: Math.min(c.insideRoom, c.textWidth), inside: true }
          : s.labelRoom > 0
            ? { x: Math.min(c.x1, plotRight + 1) + 4, room: s.labelRoom, inside: false }
            : null;
      return {
        placed: c.placed,
        drawn: c.drawn,
        xOuterStart: c.xOuterStart,
        xCoreStart: c.xCoreStart,
        xCoreEnd: c.xCoreEnd,
        xOuterEnd: c.xOuterEnd,
        x0: c.x0,
        x1: c.x1,
        row: s.row,
        y,
        label,
      };
    });
    const height = g.laneHead + rows * g.rowHeight;
    laneLayouts.push({
      category: lane.category,
      top,
      height,
      rows,
      marks,
      ...outsideCounts(lane.events, window),
    });
    top += height + g.laneGap;
  }
  const marks = laneLayouts
    .flatMap((l) => l.marks)
    .sort((a, b) => a.placed.start - b.placed.start || a.placed.end - b.placed.end);
  return { width, height: top, plotLeft, plotRight, lanes: laneLayouts, marks };
}

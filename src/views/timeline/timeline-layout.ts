/**
 * Pixel layout of the timeline: lanes stacked top to bottom, each with its label row above it (never a
 * left gutter, so a phone keeps the full width), marks placed by date precision and stacked into sub-rows.
 */
import type { PlacedEvent } from '../../charts/event-layer';
import type { EventCategory } from '../../data/schema';
import { timeScale } from '../../charts/time-ticks';
import { textWidth } from '../../charts/text-measure';
import { packRows, rowCount, stackLane } from '../../charts/label-placement';
import { isDenseCount } from '../../charts/dense-marks';
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
  /** Drawn as paths with one Tab stop (`DenseLane`) rather than one mark per event. */
  dense: boolean;
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

/**
 * Rows of marks a lane may stack before it is drawn dense: three times the most the shipped snapshot needs (8, at
 * a phone's width in some windows), so that no real lane switches and a synthetic pile-up does.
 */
export const DENSE_ROW_DEPTH = 24;

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
    const visible = lane.events
      .map((placed) => markBox(placed, x))
      .filter((c) => c.x1 >= plotLeft && c.x0 <= plotRight);
    // A lane with more events in view than the plot has room for is drawn as paths, without labels (the
    // tooltip and the accessible name carry the titles), in at most `maxRows` rows where marks may overlap.
    // So is a lane whose marks, one per row where they overlap in time, would stack deeper than
    // DENSE_ROW_DEPTH rows: many events on the same days, which would make the chart a tall column.
    const labelled = isDenseCount(visible.length, plotRight - plotLeft)
      ? null
      : labelledRows(visible, { plotLeft, plotRight, maxRows, titleOf });
    const dense = !labelled || labelled.some((p) => p.row >= DENSE_ROW_DEPTH);
    const placed = dense ? packRows(visible, maxRows).map((row) => ({ row, label: null })) : labelled;
    const marks: MarkLayout[] = visible.map((c, i) => {
      const { row = 0, label = null } = placed[i] ?? {};
      return { ...c, row, y: top + g.laneHead + row * g.rowHeight + g.rowHeight / 2, label };
    });
    const rows = rowCount(marks);
    const height = g.laneHead + rows * g.rowHeight;
    laneLayouts.push({
      category: lane.category,
      top,
      height,
      rows,
      marks,
      dense,
      ...outsideCounts(lane.events, window),
    });
    top += height + g.laneGap;
  }
  const marks = laneLayouts
    .flatMap((l) => l.marks)
    .sort((a, b) => a.placed.start - b.placed.start || a.placed.end - b.placed.end);
  return { width, height: top, plotLeft, plotRight, lanes: laneLayouts, marks };
}

type MarkBox = Omit<MarkLayout, 'row' | 'y' | 'label'>;

/** Where an event is drawn on the x axis: its date span, widened to a dot or a minimum band or bar. */
function markBox(placed: PlacedEvent, x: (t: number) => number): MarkBox {
  const g = GEOMETRY;
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
  return { placed, drawn, xOuterStart, xCoreStart, xCoreEnd, xOuterEnd, x0, x1 };
}

interface RowOptions {
  plotLeft: number;
  plotRight: number;
  maxRows: number;
  titleOf: (p: PlacedEvent) => string;
}

/** Rows and labels of a lane drawn mark by mark: no two marks overlap, labels are kept where they fit. */
function labelledRows(visible: readonly MarkBox[], { plotLeft, plotRight, maxRows, titleOf }: RowOptions) {
  const g = GEOMETRY;
  const boxes = visible.map((c) => {
    const labelWidth = textWidth(titleOf(c.placed), g.fontSize);
    // A period wide enough on screen carries its label inside; otherwise the label goes to the right.
    // The whole drawn span, fading ends included (the fade is light enough to write on).
    const visible0 = Math.max(c.x0, plotLeft);
    const visible1 = Math.min(c.x1, plotRight);
    const insideRoom = c.drawn.shape === 'band' || c.drawn.shape === 'period' ? visible1 - visible0 - 10 : 0;
    return { c, labelWidth, visible0, insideRoom, inside: insideRoom >= labelWidth };
  });
  const stacked = stackLane(
    boxes.map(({ c, inside, labelWidth }) => ({
      id: c.placed.event.id,
      x0: Math.max(c.x0, plotLeft - 1),
      x1: Math.min(c.x1, plotRight + 1),
      labelWidth: inside ? 0 : labelWidth,
    })),
    { plotRight, maxRows },
  );
  const byId = new Map(stacked.map((s) => [s.id, s]));
  return boxes.map(({ c, labelWidth, visible0, insideRoom, inside }) => {
    const s = byId.get(c.placed.event.id) ?? { row: 0, labelRoom: 0 };
    // Inside when the whole title fits; else to the right; else, for a long mark with no room on its
    // right (it runs off the plot), cut inside it.
    const label =
      inside || (s.labelRoom === 0 && insideRoom >= 48)
        ? { x: visible0 + 5, room: Math.min(insideRoom, labelWidth), inside: true }
        : s.labelRoom > 0
          ? { x: Math.min(c.x1, plotRight + 1) + 4, room: s.labelRoom, inside: false }
          : null;
    return { row: s.row, label };
  });
}

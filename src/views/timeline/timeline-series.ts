/**
 * Snapshot events → what the timeline draws: lanes by category (through the shared event layer, the same
 * one the growth chart uses), the drawn extent of each mark by date precision, and date wording.
 */
import { EVENT_CATEGORIES, placeEvents, type PlacedEvent } from '../../charts/event-layer';
import type { EventCategory, PartialDate, Snapshot, SnapshotEvent } from '../../data/schema';
import { sourceById } from '../../data/sources';
import type { Language, TFunction } from '../../i18n';
import { dateEnd, dateFormat, dateStart, formatPartialDate } from '../../i18n/format';

export interface Lane {
  category: EventCategory;
  events: PlacedEvent[];
}

/** One lane per chosen category, in the shared lane order, each with its events sorted by time. */
export function buildLanes(snapshot: Snapshot, categories: readonly EventCategory[]): Lane[] {
  const placed = placeEvents(snapshot, categories);
  return EVENT_CATEGORIES.filter((c) => categories.includes(c)).map((category) => ({
    category,
    events: placed.filter((p) => p.event.category === category),
  }));
}

/** Events of the chosen categories in time order: the Tab order of the marks and the table's default. */
export function orderedEvents(snapshot: Snapshot, categories: readonly EventCategory[]): PlacedEvent[] {
  return placeEvents(snapshot, categories);
}

export type MarkShape = 'day' | 'band' | 'period';

/**
 * How one event is drawn. A single day is a dot; a single month, season or year is a band across that
 * period; a period runs from `outerStart` to `outerEnd`, and where an end is only known to the month the
 * part between outer and core fades (the regime began or ended somewhere in that month).
 */
export interface DrawnExtent {
  shape: MarkShape;
  outerStart: number;
  coreStart: number;
  coreEnd: number;
  outerEnd: number;
  approximate: boolean;
}

// Per event, not per layout: every pan or zoom step lays out all events again, and parsing their dates
// was most of that work at 100× the data.
const drawnExtents = new WeakMap<PlacedEvent, DrawnExtent>();

export function drawnExtent(placed: PlacedEvent): DrawnExtent {
  const known = drawnExtents.get(placed);
  if (known) return known;
  const drawn = extentOf(placed.event);
  drawnExtents.set(placed, drawn);
  return drawn;
}

function extentOf(event: SnapshotEvent): DrawnExtent {
  const approximate = Boolean(event.start.approximate || event.end?.approximate);
  const outerStart = dateStart(event.start);
  if (!event.end) {
    const outerEnd = dateEnd(event.start);
    return {
      shape: event.start.precision === 'day' ? 'day' : 'band',
      outerStart,
      coreStart: outerStart,
      coreEnd: outerEnd,
      outerEnd,
      approximate,
    };
  }
  const outerEnd = dateEnd(event.end);
  const coreStart = event.start.precision === 'day' ? outerStart : dateEnd(event.start);
  const coreEndRaw = event.end.precision === 'day' ? outerEnd : dateStart(event.end);
  return {
    shape: 'period',
    outerStart,
    coreStart,
    coreEnd: Math.max(coreStart, coreEndRaw),
    outerEnd,
    approximate,
  };
}

export type MarkKind = 'day' | 'band' | 'period' | 'fuzzy' | 'approximate';
const KIND_ORDER: readonly MarkKind[] = ['day', 'period', 'fuzzy', 'band', 'approximate'];

/** The kinds of mark on screen, so the legend explains only what is drawn. */
export function markKinds(events: readonly PlacedEvent[]): MarkKind[] {
  const found = new Set<MarkKind>();
  for (const p of events) {
    const d = drawnExtent(p);
    found.add(d.shape);
    if (d.shape === 'period' && (d.coreStart > d.outerStart || d.coreEnd < d.outerEnd)) found.add('fuzzy');
    if (d.approximate) found.add('approximate');
  }
  return KIND_ORDER.filter((k) => found.has(k));
}

const plainMonth = (d: PartialDate) => d.precision === 'month' && !d.part && !d.approximate;

function monthName(date: PartialDate, lang: Language): string {
  const [y = '', m = ''] = date.value.split('-');
  return dateFormat(lang, { month: 'long' }).format(Date.UTC(Number(y), Number(m) - 1, 1));
}

/**
 * An event's date as a reader should see it, with its precision: "15 April 2020 – 9 June 2020",
 * "April–May 2020 (month)", "autumn 2020 (season)". `precisionSuffix` words the bracket.
 */
export function formatEventDate(
  event: SnapshotEvent,
  lang: Language,
  t: TFunction,
  precisionSuffix: (precision: Exclude<PartialDate['precision'], 'day'>) => string,
): string {
  const { start, end } = event;
  let text: string;
  if (end && plainMonth(start) && plainMonth(end) && start.value.slice(0, 4) === end.value.slice(0, 4)) {
    // Two whole months of one year: "April–May 2020", "апрель–май 2020".
    text = `${monthName(start, lang)}–${monthName(end, lang)} ${start.value.slice(0, 4)}`;
  } else {
    text = formatPartialDate(start, lang, t);
    if (end) text = `${text} – ${formatPartialDate(end, lang, t)}`;
  }
  const coarser = [start, end]
    .filter((d): d is PartialDate => d !== undefined)
    .map((d) => d.precision)
    .find((p) => p !== 'day');
  return coarser ? `${text} ${precisionSuffix(coarser)}` : text;
}

/** The event with this id, if the snapshot has it. */
export function findEvent(snapshot: Snapshot, id: string | undefined): PlacedEvent | undefined {
  if (!id) return undefined;
  return placeEvents(snapshot).find((p) => p.event.id === id);
}

/** How many events of a lane lie wholly before and after the window: told at the lane's edge. */
export function outsideCounts(
  events: readonly PlacedEvent[],
  window: { start: number; end: number },
): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const p of events) {
    if (p.end <= window.start) before += 1;
    else if (p.start >= window.end) after += 1;
  }
  return { before, after };
}

/** The chart's CSV/JSON download: one row per event shown, with dates, precision, sources and note. */
export function exportRows(
  events: readonly PlacedEvent[],
  snapshot: Snapshot,
  lang: Language,
  dateText: (p: PlacedEvent) => string,
): Record<string, string>[] {
  return events.map((p) => {
    const { event } = p;
    const sources = event.sources.map((c) => ({ c, s: sourceById(snapshot, c.source) }));
    return {
      id: event.id,
      title: event.title[lang],
      category: event.category,
      start: event.start.value,
      start_precision: event.start.precision,
      end: event.end?.value ?? '',
      end_precision: event.end?.precision ?? '',
      approximate: event.start.approximate || event.end?.approximate ? 'yes' : '',
      date_text: dateText(p),
      description: event.description?.[lang] ?? '',
      note: event.note?.[lang] ?? '',
      source: sources.map(({ c }) => c.source).join('; '),
      source_title: sources.map(({ s }) => s?.title ?? '').join('; '),
      source_url: sources.map(({ s }) => s?.url ?? '').join('; '),
      locator: sources.map(({ c }) => c.locator).join('; '),
      view: event.view ?? '',
    };
  });
}

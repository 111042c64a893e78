/**
 * No dated statement of the seed presentation may be missing from the dashboard: each event it dates is a
 * timeline event (and, outside COVID-19 measures and governance, a marker of the growth chart's event layer)
 * with the seed's date and precision, and each count it dates is a figure with that date. The list is
 * test/fixtures/seed-dated-events.ts; this test also scans the seed text for dates the list leaves out.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGrowthOverlay, placeEvents } from '../../src/charts/event-layer';
import type { Citation, PartialDate, SnapshotEvent } from '../../src/data/schema';
import { parseSnapshot } from '../../src/data/snapshot';
import { walkFigures } from '../../src/data/walk-figures';
import { dateEnd, dateStart } from '../../src/i18n/format';
import { dataExtent, overlaps, xDomain } from '../../src/views/growth/growth-series';
import {
  SEED_DATED_STATEMENTS,
  SEED_UNDATED_COUNTS,
  type SeedDatedEvent,
} from '../fixtures/seed-dated-events';
import { shippedDataFile } from '../support/msw-server';

const text = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-presentation.txt'), 'utf8');
const snapshot = parseSnapshot('mic-2021.json', shippedDataFile('mic-2021.json'));
const seed = snapshot.primarySource;

const events = SEED_DATED_STATEMENTS.filter((s): s is SeedDatedEvent => s.kind === 'event');
const counts = SEED_DATED_STATEMENTS.filter((s) => s.kind === 'count');
const eventById = new Map(snapshot.events.map((e) => [e.id, e]));
const figureById = new Map(walkFigures(snapshot).map(({ figure }) => [figure.id, figure]));

/** A slide heading: a line of its own after a blank line, neither a bullet nor a table row. */
const headings = [...text.matchAll(/\n\s*\n([^\s\-|][^\n]*)/g)].map((m) => ({
  at: m.index + m[0].indexOf(m[1]!),
  line: m[1]!.trim(),
}));
const slideOf = (at: number) => headings.filter((h) => h.at < at).at(-1)?.line;

const citesSlide = (sources: readonly Citation[], slide: string) =>
  sources.some((c) => c.source === seed && c.locator === slide);

const norm = (d: PartialDate | undefined) =>
  d && { value: d.value, precision: d.precision, part: d.part, approximate: d.approximate ?? false };
const sameDate = (a: PartialDate | undefined, b: PartialDate | undefined) =>
  JSON.stringify(norm(a)) === JSON.stringify(norm(b));

const RANK = { day: 0, month: 1, season: 2, year: 3 } as const;

/** Why the event's start does not carry the seed's date, or null when it does. */
function startProblem(event: SnapshotEvent, stated: PartialDate): string | null {
  if (sameDate(event.start, stated)) return null;
  // A finer date is allowed only inside the seed's period and from another source the event cites.
  const finer = RANK[event.start.precision] < RANK[stated.precision];
  const inside = dateStart(event.start) >= dateStart(stated) && dateEnd(event.start) <= dateEnd(stated);
  const sourced = event.sources.some((c) => c.source !== seed);
  return finer && inside && sourced
    ? null
    : `${event.id}: starts ${JSON.stringify(event.start)}, the seed says ${JSON.stringify(stated)}`;
}

describe('the seed’s dated statements (fixture)', () => {
  it('quotes the seed exactly, on the slide it names', () => {
    const all = [...SEED_DATED_STATEMENTS, ...SEED_UNDATED_COUNTS];
    expect(all.filter((s) => !text.includes(s.quote)).map((s) => s.quote)).toEqual([]);
    const misplaced = all.filter((s) => slideOf(text.indexOf(s.quote)) !== s.slide);
    expect(misplaced.map((s) => `${s.quote} → ${slideOf(text.indexOf(s.quote))}`)).toEqual([]);
  });

  it('leaves out no date of the seed text, except the years of the literature references', () => {
    const quoted = SEED_DATED_STATEMENTS.flatMap((s) => {
      const spans: [number, number][] = [];
      for (let at = text.indexOf(s.quote); at >= 0; at = text.indexOf(s.quote, at + 1))
        spans.push([at, at + s.quote.length]);
      return spans;
    });
    // "(Marshall, 1920)", "(Ahne & Brunsson, 2005, 2008)": an author's name, then the year(s).
    const references = [...text.matchAll(/\([A-Z][^()]*?\b(?:19|20)\d{2}[^()]*\)/g)].map(
      (m): [number, number] => [m.index, m.index + m[0].length],
    );
    const inside = (at: number, spans: [number, number][]) => spans.some(([a, b]) => a <= at && at < b);
    const dates =
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter|half a year|(?:19|20)\d{2})\b/g;
    const unlisted = [...text.matchAll(dates)]
      .filter((m) => !inside(m.index, quoted) && !inside(m.index, references))
      .map((m) => `${m[0]} in “${text.slice(Math.max(0, m.index - 40), m.index + 40)}”`);
    expect(unlisted).toEqual([]);
    // The check finds dates at all: the seed has 11 dated statements and the references many years.
    expect([...text.matchAll(dates)].length).toBeGreaterThan(SEED_DATED_STATEMENTS.length + 20);
  });

  it('lists the counts the seed dates only as “now” or “to present” as undated', () => {
    const relative = [...text.matchAll(/\b(?:Now|To present|already)\b/g)];
    expect(relative.length).toBe(SEED_UNDATED_COUNTS.length);
    for (const m of relative)
      expect(
        SEED_UNDATED_COUNTS.some(
          (u) => text.indexOf(u.quote) <= m.index && m.index < text.indexOf(u.quote) + u.quote.length,
        ),
      ).toBe(true);
  });
});

describe('every event the seed dates is on the timeline', () => {
  it.each(events.map((s) => [s.eventId, s] as const))('%s', (id, stated) => {
    const event = eventById.get(id);
    if (!event) throw new Error(`no timeline event ${id} for “${stated.quote}”`);
    expect(citesSlide(event.sources, stated.slide)).toBe(true);
    expect(startProblem(event, stated.date)).toBeNull();
    if (stated.end) expect(norm(event.end)).toEqual(norm(stated.end));
    expect(placeEvents(snapshot).map((p) => p.event.id)).toContain(id);
  });

  it('and on the growth chart’s event layer, unless it is a COVID-19 measure or governance', () => {
    const { markers } = buildGrowthOverlay(snapshot);
    const domain = xDomain(dataExtent(snapshot), undefined);
    const shown = markers.filter((m) => overlaps(m, domain)).map((m) => m.event.id);
    const expected = events
      .filter((s) => !['covid', 'governance'].includes(eventById.get(s.eventId)?.category ?? ''))
      .map((s) => s.eventId);
    expect(expected).toContain('digital-light-manufacturing-exchange-2020-09');
    for (const id of expected) expect(shown).toContain(id);
  });

  it('names every timeline event dated by the seed alone', () => {
    const seedOnly = snapshot.events.filter((e) => e.sources.every((c) => c.source === seed));
    expect(seedOnly.length).toBeGreaterThan(0);
    const listed = new Set(events.map((s) => s.eventId));
    expect(seedOnly.filter((e) => !listed.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it('agrees with the dates the views show on their own', () => {
    const at = (id: string) => events.find((s) => s.eventId === id)!.date;
    expect(norm(snapshot.sectors.lightManufacturing.since)).toEqual(
      norm(at('digital-light-manufacturing-exchange-2020-09')),
    );
    expect(norm(snapshot.subclusters.firstCreated.date)).toEqual(norm(at('subclusters-first-2020-06')));
    expect(norm(snapshot.regions.openedToRegions.date)).toEqual(
      norm(at('membership-regional-partners-2020-05')),
    );
  });
});

describe('every count the seed dates is a figure with that date', () => {
  it.each(counts.flatMap((s) => s.figureIds.map((id) => [id, s] as const)))('%s', (id, stated) => {
    const figure = figureById.get(id);
    if (!figure) throw new Error(`no figure ${id} for “${stated.quote}”`);
    expect(norm(figure.date)).toEqual(norm(stated.date));
    expect(citesSlide(figure.sources, stated.slide)).toBe(true);
  });
});

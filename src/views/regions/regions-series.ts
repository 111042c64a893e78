/**
 * Pure shaping of the snapshot's regions section for the regions view: the partner category of every
 * federal subject, the choropleth scale (only when a snapshot reports per-region counts), the service
 * access list and the headline partner figures. No React, no DOM.
 */
import { scaleLinear, scaleQuantize } from 'd3-scale';
import type { Citation, DatedFact, Figure, LocalizedText, Qualifier, Snapshot } from '../../data/schema';
import { maxOf } from '../../lib/extremes';

/**
 * What the source says about a subject. `core` and `named` come from the snapshot; `home` is the city of
 * Moscow (the cluster's participants, not partners); everything else is `other`: the source counts 73
 * regions with partners but names only eight, so no other subject may be drawn as a partner region.
 */
export type RegionCategory = 'core' | 'named' | 'home' | 'other';
export const CATEGORY_ORDER: readonly RegionCategory[] = ['core', 'named', 'home', 'other'];
export const HOME_CODE = 'RU-MOW';

/** The fields of a federal subject this view needs (RUSSIA_SUBJECTS entries have them). */
export interface MapSubject {
  code: string;
  name: LocalizedText;
  tile: { col: number; row: number };
  federalDistrict: string;
  capital: { en: string; ru: string; lon: number; lat: number };
}

export interface SubjectRow<S extends MapSubject = MapSubject> {
  subject: S;
  code: string;
  /** "MOS" for RU-MOS: the tile label. */
  short: string;
  category: RegionCategory;
  /** The region's own partner count; null where the source gives none. */
  partners: Figure | null;
  /** Citations for the category (the snapshot item's sources); empty for subjects the source does not name. */
  sources: Citation[];
}

export const shortCode = (code: string) => code.replace(/^RU-/, '');

/** Every subject with its category, in the subjects' order. */
export function classifySubjects<S extends MapSubject>(
  snapshot: Snapshot,
  subjects: readonly S[],
): SubjectRow<S>[] {
  const items = new Map(snapshot.regions.items.map((item) => [item.code, item]));
  return subjects.map((subject) => {
    const item = items.get(subject.code);
    const category: RegionCategory = item ? item.group : subject.code === HOME_CODE ? 'home' : 'other';
    return {
      subject,
      code: subject.code,
      short: shortCode(subject.code),
      category,
      partners: item?.partners ?? null,
      sources: item?.sources ?? [],
    };
  });
}

/** Snapshot region items that match no subject of the map (they are listed in the table, never dropped). */
export function unplacedItems(snapshot: Snapshot, subjects: readonly MapSubject[]) {
  const codes = new Set(subjects.map((s) => s.code));
  return snapshot.regions.items.filter((item) => !codes.has(item.code));
}

export function countByCategory(rows: readonly SubjectRow[]): Record<RegionCategory, number> {
  const counts: Record<RegionCategory, number> = { core: 0, named: 0, home: 0, other: 0 };
  for (const row of rows) counts[row.category] += 1;
  return counts;
}

/** The other core region's name, to say "together with St Petersburg" rather than split the share. */
export function coreCompanions(snapshot: Snapshot, code: string): LocalizedText[] {
  return snapshot.regions.items.filter((i) => i.group === 'core' && i.code !== code).map((i) => i.name);
}

// ---- choropleth (only when the snapshot reports counts per region) ----

export interface Choropleth {
  /** Class breaks: colours[i] covers [breaks[i], breaks[i + 1]). */
  breaks: number[];
  colours: string[];
  colourOf: (value: number) => string;
  /** The qualifier kinds of the counts drawn, for the qualifier legend. */
  kinds: Qualifier['kind'][];
}

/** `n` colours from `from` (low) to `to` (high), interpolated in RGB. */
export function rampColours(from: string, to: string, n: number): string[] {
  const ramp = scaleLinear<string>().domain([0, 1]).range([from, to]);
  return Array.from({ length: n }, (_, i) => ramp(n === 1 ? 1 : (i + 1) / n));
}

/**
 * A sequential, classed scale over the reported per-region counts; null when no region has a count
 * (then the map shows categories, never a made-up gradient).
 */
export function choroplethScale(rows: readonly SubjectRow[], ramp: readonly string[]): Choropleth | null {
  const figures = rows.map((r) => r.partners).filter((f): f is Figure => f !== null);
  if (figures.length === 0 || ramp.length === 0) return null;
  const max = maxOf(figures.map((f) => f.value));
  const scale = scaleQuantize<string>()
    .domain([0, max > 0 ? max : 1])
    .range([...ramp])
    .nice(ramp.length);
  const [lo = 0, hi = 1] = scale.domain();
  const breaks = [lo, ...scale.thresholds(), hi];
  const kinds = [...new Set(figures.map((f) => f.qualifier.kind))];
  return { breaks, colours: [...ramp], colourOf: (v) => scale(v), kinds };
}

// ---- services ----

export type Access = Snapshot['regions']['services'][number]['access'];
export const ACCESS_LEVELS: readonly Access[] = ['full', 'limited', 'none'];
export type AccessFilter = Access | 'all';
/** The symbols the source uses ("+" full, "−" none) and a half mark for limited access. */
export const ACCESS_SYMBOL: Record<Access, string> = { full: '+', limited: '±', none: '−' };

export function filterServices(services: Snapshot['regions']['services'], filter: AccessFilter) {
  return filter === 'all' ? services : services.filter((s) => s.access === filter);
}

/** How many listed services have each access level (counts of rows, not figures from the source). */
export function accessCounts(services: Snapshot['regions']['services']): Record<Access, number> {
  const counts: Record<Access, number> = { full: 0, limited: 0, none: 0 };
  for (const s of services) counts[s.access] += 1;
  return counts;
}

// ---- headline figures and agreements ----

export interface PartnerStats {
  partners: Figure;
  regionCount: Figure;
  coreShare: Figure;
  opened: DatedFact;
}

/** The partner figures as stat cards. */
export function partnerStats(snapshot: Snapshot): PartnerStats {
  const { partners, regionCount, coreShare, openedToRegions } = snapshot.regions;
  return { partners, regionCount, coreShare, opened: openedToRegions };
}

/** Agreements, dated ones first by date, then the undated ones in the snapshot's order. */
export function sortedAgreements(snapshot: Snapshot) {
  const dated = snapshot.regions.agreements.filter((a) => a.date);
  const undated = snapshot.regions.agreements.filter((a) => !a.date);
  return [...dated.sort((a, b) => (a.date!.value < b.date!.value ? -1 : 1)), ...undated];
}

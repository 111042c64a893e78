/**
 * The snapshot schema: the single description of what a `public/data/*.json` file may hold.
 * `snapshot.ts` is the only module that applies it to raw JSON; `public/data/schema.json` is generated from it.
 */
import * as z from 'zod/mini';
import { dayBounds, isCalendarDay, precisionOf } from './calendar';
import { EVENT_CATEGORIES, type QUALIFIER_KINDS } from './schema-enums';

const nonEmpty = z.string().check(z.minLength(1));
const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens'));

/** Text in both interface languages. */
export const localizedText = z.strictObject({ en: nonEmpty, ru: nonEmpty });

/**
 * A date as precise as its source: `2020-06-15` (day), `2020-06` (month), `2020-autumn` (season), `2020` (year).
 * `part` narrows a month, season or year ("end of June", "early 2020"); `approximate` marks a date the
 * snapshot inferred (e.g. "half a year after September 2020").
 */
export const partialDate = z
  .strictObject({
    value: z
      .string()
      .check(
        z.regex(
          /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|-(winter|spring|summer|autumn))?$/,
          'dates are YYYY, YYYY-MM, YYYY-MM-DD or YYYY-season',
        ),
      ),
    precision: z.enum(['day', 'month', 'season', 'year']),
    part: z.optional(z.enum(['early', 'mid', 'end'])),
    approximate: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((date, ctx) => {
      const written = precisionOf(date.value);
      if (written === 'day' && !isCalendarDay(date.value))
        ctx.addIssue({
          code: 'custom',
          message: `${date.value} is not a day of the calendar`,
          path: ['value'],
          input: date.value,
        });
      else if (written && written !== date.precision)
        ctx.addIssue({
          code: 'custom',
          message: `precision "${date.precision}" does not match ${date.value}, which is written as a ${written}`,
          path: ['precision'],
          input: date.precision,
        });
    }),
  );

/** Where a figure or fact is stated: a source id plus the slide heading, page section or short quote. */
export const citation = z.strictObject({
  source: id,
  locator: nonEmpty,
});

/** How a number relates to the truth its source reports. */
export const qualifier = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exact') }),
  z.strictObject({ kind: z.literal('lowerBound') }),
  z.strictObject({ kind: z.literal('upperBound') }),
  z.strictObject({ kind: z.literal('approximate') }),
  z.strictObject({
    kind: z.literal('derived'),
    /** `percentOf`: a × b / 100; `difference`: a − b − c …; `sum`; `ratio`: a ÷ b. */
    op: z.enum(['percentOf', 'difference', 'sum', 'ratio']),
    inputs: z.array(id).check(z.minLength(2)),
    formula: localizedText,
  }),
]);

export const unit = z.enum([
  'organisations',
  'companies',
  'percent',
  'projects',
  'regions',
  'subclusters',
  'times',
  'rubMillion',
]);

/** The largest value a figure may have. */
export const MAX_VALUE = 1e9;

/** One number the dashboard may show, with everything needed to trust it. */
export const figure = z
  .strictObject({
    id,
    // Every figure is a count, a share, a multiple or money: none is negative, and none in this dashboard
    // comes near a billion (a typo or an overflow would, and would break every chart's scale).
    value: z
      .number({
        error: (issue) => (typeof issue.input === 'number' ? 'values are finite numbers' : undefined),
      })
      .check(
        z.minimum(0, 'a figure cannot be negative'),
        z.maximum(MAX_VALUE, 'a figure over 1,000,000,000 is beyond anything this dashboard shows'),
      ),
    unit,
    qualifier,
    date: z.optional(partialDate),
    sources: z.array(citation).check(z.minLength(1)),
    note: z.optional(localizedText),
  })
  .check(
    z.superRefine((f, ctx) => {
      if (f.unit === 'percent' && f.value > 100)
        ctx.addIssue({
          code: 'custom',
          message: 'a share cannot be over 100 %',
          path: ['value'],
          input: f.value,
        });
    }),
  );

export const source = z.strictObject({
  id,
  kind: z.enum(['presentation', 'web']),
  title: nonEmpty,
  authors: z.optional(z.array(nonEmpty)),
  institution: z.optional(nonEmpty),
  publisher: z.optional(nonEmpty),
  /** Publication date, when the source states one. */
  published: z.optional(partialDate),
  url: z.optional(z.string().check(z.regex(/^https?:\/\/\S+$/, 'urls start with http:// or https://'))),
  language: z.optional(z.enum(['en', 'ru', 'pl', 'it'])),
  note: z.optional(localizedText),
});

export const growthSeries = z.strictObject({
  id: z.enum(['participants', 'partners', 'total']),
  label: localizedText,
  definition: localizedText,
  points: z.array(figure).check(z.minLength(1)),
});

export const shareItem = z.strictObject({
  id,
  label: localizedText,
  share: figure,
  count: z.optional(figure),
});
export const countItem = z.strictObject({ id, label: localizedText, count: figure });

export const subcluster = z.strictObject({
  id,
  name: localizedText,
  participants: figure,
  projects: figure,
});

export const priorityField = z.strictObject({
  id,
  label: localizedText,
  /** How many sub-clusters name this field (the seed's 1-to-7 table). */
  subclusterCount: figure,
});

export const region = z.strictObject({
  /** ISO 3166-2:RU code, e.g. RU-MOS. */
  code: z.string().check(z.regex(/^RU-[A-Z]{2,3}$/, 'region codes are ISO 3166-2:RU, e.g. RU-MOS')),
  name: localizedText,
  group: z.enum(['core', 'named']),
  /** Partner count for this region; null where the source gives none ("not reported"). */
  partners: z.nullable(figure),
  sources: z.array(citation).check(z.minLength(1)),
});

export const service = z.strictObject({
  id,
  label: localizedText,
  access: z.enum(['full', 'limited', 'none']),
});

export const agreement = z.strictObject({
  id,
  partner: localizedText,
  country: localizedText,
  /** ISO 3166-1 alpha-2. */
  countryCode: z.string().check(z.regex(/^[A-Z]{2}$/)),
  date: z.optional(partialDate),
  sources: z.array(citation).check(z.minLength(1)),
  note: z.optional(localizedText),
});

export const eventCategory = z.enum(EVENT_CATEGORIES);

export const event = z
  .strictObject({
    id,
    category: eventCategory,
    title: localizedText,
    description: z.optional(localizedText),
    start: partialDate,
    /** Present for periods (a regime in force, a call open); absent for single dates. */
    end: z.optional(partialDate),
    sources: z.array(citation).check(z.minLength(1)),
    /** The dashboard view this event bears on. */
    view: z.optional(z.enum(['growth', 'sectors', 'subclusters', 'regions', 'timeline', 'framework'])),
    note: z.optional(localizedText),
  })
  .check(
    z.superRefine((e, ctx) => {
      if (e.end && dayBounds(e.end.value)[1] < dayBounds(e.start.value)[0])
        ctx.addIssue({
          code: 'custom',
          message: `the period ends (${e.end.value}) before it starts (${e.start.value})`,
          path: ['end'],
          input: e.end,
        });
    }),
  );

export const feature = z.strictObject({
  n: z.number().check(z.int(), z.minimum(1)),
  what: localizedText,
  why: localizedText,
  proof: z.array(nonEmpty).check(z.minLength(1)),
  evidence: z.array(
    z.strictObject({
      text: localizedText,
      view: z.optional(z.enum(['growth', 'sectors', 'subclusters', 'regions', 'timeline', 'framework'])),
      figures: z.optional(z.array(id)),
      sources: z.array(citation).check(z.minLength(1)),
    }),
  ),
  /** The seed lists MIC's features separately from the framework; this says how the pairing was made. */
  pairingNote: z.optional(localizedText),
});

/** A date stated on its own (not as a figure's date), with where it is stated. */
export const datedFact = z.strictObject({
  date: partialDate,
  sources: z.array(citation).check(z.minLength(1)),
});

export const snapshotSchema = z.strictObject({
  schemaVersion: z.literal(1),
  id,
  title: localizedText,
  /** When this snapshot was compiled (ISO day). */
  compiled: z
    .string()
    .check(
      z.regex(/^\d{4}-\d{2}-\d{2}$/, 'the compiled date is YYYY-MM-DD'),
      z.refine(isCalendarDay, 'the compiled date is not a day of the calendar'),
    ),
  description: localizedText,
  /** True for made-up data (tests, benchmarks); every page then says so in a banner. */
  synthetic: z.optional(z.boolean()),
  primarySource: id,
  sources: z.array(source).check(z.minLength(1)),
  growth: z.strictObject({
    series: z.array(growthSeries).check(z.minLength(1)),
    /** The seed's "increased 20 times" and similar stated multiples. */
    multiples: z.array(figure),
    note: z.optional(localizedText),
  }),
  sectors: z.strictObject({
    membersTotal: figure,
    members: z.array(shareItem).check(z.minLength(1)),
    projectsTotal: figure,
    projects: z.array(countItem).check(z.minLength(1)),
    lightManufacturing: z.strictObject({
      companies: figure,
      regions: figure,
      since: partialDate,
      sources: z.array(citation),
    }),
  }),
  subclusters: z.strictObject({
    registered: figure,
    firstCreated: datedFact,
    rules: z.array(z.strictObject({ id, text: localizedText, threshold: z.optional(figure) })),
    items: z.array(subcluster),
    priorityFields: z.array(priorityField),
    /** Which sub-cluster names which field; absent when the source does not itemise it. */
    fieldsBySubcluster: z.optional(z.record(z.string(), z.array(id))),
    sources: z.array(citation).check(z.minLength(1)),
  }),
  regions: z.strictObject({
    regionCount: figure,
    partners: figure,
    coreShare: figure,
    openedToRegions: datedFact,
    items: z.array(region),
    services: z.array(service),
    servicesSources: z.array(citation).check(z.minLength(1)),
    agreements: z.array(agreement),
  }),
  events: z.array(event),
  framework: z.strictObject({
    goals: z.array(localizedText),
    goalsSources: z.array(citation).check(z.minLength(1)),
    features: z.array(feature).check(z.minLength(1)),
    /** Where the WHAT/WHY/PROOF table is stated; each feature's evidence carries its own sources. */
    featuresSources: z.array(citation).check(z.minLength(1)),
    discussion: z.strictObject({
      micro: z.array(localizedText),
      meso: z.array(localizedText),
      sources: z.array(citation).check(z.minLength(1)),
    }),
  }),
});

/** A parsed, validated snapshot. */
export type Snapshot = z.infer<typeof snapshotSchema>;
export type Figure = z.infer<typeof figure>;
export type Qualifier = z.infer<typeof qualifier>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails to compile unless the kinds legends list (schema-enums.ts) are exactly the schema's. */
export type QualifierKindsMatch = Assert<Same<Qualifier['kind'], (typeof QUALIFIER_KINDS)[number]>>;
export type PartialDate = z.infer<typeof partialDate>;
export type Citation = z.infer<typeof citation>;
export type Source = z.infer<typeof source>;
export type DatedFact = z.infer<typeof datedFact>;
export type LocalizedText = z.infer<typeof localizedText>;
export type SnapshotEvent = z.infer<typeof event>;
export type EventCategory = z.infer<typeof eventCategory>;
export type Unit = z.infer<typeof unit>;

export const catalogueSchema = z.strictObject({
  default: id,
  snapshots: z
    .array(
      z.strictObject({
        id,
        file: z.string().check(z.regex(/^[\w.-]+\.json$/)),
        title: localizedText,
        compiled: nonEmpty,
      }),
    )
    .check(z.minLength(1)),
});
export type Catalogue = z.infer<typeof catalogueSchema>;

/**
 * The rows a chart's CSV and JSON downloads hold: every figure with its kind, formula, date precision and
 * source, in the current language. Pure, so the download contents are unit-tested.
 */
import { csvFormat } from 'd3-dsv';
import type { Figure, Snapshot } from '../data/schema';
import { sourceById } from '../data/sources';
import type { Language, TFunction } from '../i18n';
import { formatFigure, formatPartialDate } from '../i18n/format';

// A type alias (not an interface) so rows fit Record<string, string | number>.
export type ExportRow = {
  /** What the figure is, in the current language ("Members: services"). */
  label: string;
  value: number;
  /** The value as the source words it ("more than 6,500"). */
  as_worded: string;
  unit: string;
  kind: string;
  formula: string;
  date: string;
  date_precision: string;
  date_text: string;
  source: string;
  source_title: string;
  source_url: string;
  locator: string;
  note: string;
  figure_id: string;
};

export interface LabelledFigure {
  label: string;
  figure: Figure;
}

export function toExportRows(
  items: LabelledFigure[],
  snapshot: Snapshot,
  lang: Language,
  t: TFunction,
): ExportRow[] {
  return items.map(({ label, figure }) => {
    const sources = figure.sources.map((c) => ({ c, s: sourceById(snapshot, c.source) }));
    return {
      label,
      value: figure.value,
      as_worded: formatFigure(figure, lang, t),
      unit: figure.unit,
      kind: figure.qualifier.kind,
      formula: figure.qualifier.kind === 'derived' ? figure.qualifier.formula[lang] : '',
      date: figure.date?.value ?? '',
      date_precision: figure.date?.precision ?? '',
      date_text: figure.date ? formatPartialDate(figure.date, lang, t) : '',
      source: sources.map(({ c }) => c.source).join('; '),
      source_title: sources.map(({ s }) => s?.title ?? '').join('; '),
      source_url: sources.map(({ s }) => s?.url ?? '').join('; '),
      locator: sources.map(({ c }) => c.locator).join('; '),
      note: figure.note?.[lang] ?? '',
      figure_id: figure.id,
    };
  });
}

/** CSV with a header row, quoted where needed (d3-dsv), and a UTF-8 BOM so spreadsheet programs read Cyrillic. */
export function toCsv(rows: Record<string, string | number>[]): string {
  return `\ufeff${csvFormat(rows)}\n`;
}

/** The JSON download: the rows plus what they are and where they come from. */
export function toJson(
  rows: Record<string, string | number>[],
  meta: {
    title: string;
    view: string;
    snapshot: string;
    compiled: string;
    url: string;
    language: Language;
    /** A snapshot the user opened: its title, where it came from, and that it is not published. */
    ownSnapshot?: { title: string; origin: string; published: false; note: string };
  },
): string {
  return `${JSON.stringify({ ...meta, exported: new Date().toISOString(), rows }, null, 2)}\n`;
}

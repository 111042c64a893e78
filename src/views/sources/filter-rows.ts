import type { FigureRow } from '../../i18n/figure-index';
import type { Snapshot } from '../../data/schema';

/**
 * Rows whose label, displayed value and kind, id, date, source or locator contain every word of the query
 * (case- and accent-insensitive, so "ё" matches "е" and "Partners" matches "partners").
 */
export function filterFigureRows(
  rows: FigureRow[],
  query: string,
  snapshot: Snapshot,
  displayValue: (row: FigureRow) => string,
): FigureRow[] {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const sources = row.figure.sources.flatMap((c) => {
      const s = snapshot.sources.find((x) => x.id === c.source);
      return [c.source, c.locator, s?.title ?? '', s?.publisher ?? '', s?.url ?? ''];
    });
    const haystack = normalise(
      [
        row.label,
        displayValue(row),
        String(row.figure.value),
        row.figure.id,
        row.figure.date?.value ?? '',
        ...sources,
      ].join(' '),
    );
    return words.every((w) => haystack.includes(w));
  });
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u202f]/g, ' ');
}

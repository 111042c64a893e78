/**
 * The figure diff as CSV, one row per added, removed or changed figure: what `/compare` downloads and what
 * `npm run snapshot -- diff --csv` prints, from the same code. Language-free except for an optional label.
 */
import type { Figure } from './schema';
import type { FigureDiff } from './snapshot-diff';

/** `450 count, exact, 2019 (year), hse-2021`: a figure in one cell, the same in every language. */
export function describeFigure(f: Figure | undefined): string {
  if (!f) return '';
  const kind = f.qualifier.kind === 'derived' ? `derived (${f.qualifier.op})` : f.qualifier.kind;
  const date = f.date ? `${f.date.value} (${f.date.precision})` : 'no date';
  return `${f.value} ${f.unit}, ${kind}, ${date}, ${f.sources.map((s) => s.source).join(' + ')}`;
}

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * Header and rows, in the order given. `label` adds a column naming each figure (the page's language);
 * structured before/after columns follow the one-cell descriptions so a spreadsheet can sort by value.
 */
export function diffCsv(rows: readonly FigureDiff[], label?: (row: FigureDiff) => string): string {
  const side = (f: Figure | undefined) => [
    f ? String(f.value) : '',
    f?.unit ?? '',
    f?.qualifier.kind ?? '',
    f?.date?.value ?? '',
    f?.date?.precision ?? '',
    f ? f.sources.map((s) => `${s.source}: ${s.locator}`).join('; ') : '',
  ];
  const sideHeader = (p: string) =>
    ['value', 'unit', 'kind', 'date', 'date_precision', 'sources'].map((c) => `${p}_${c}`);
  const header = [
    'status',
    'view',
    'id',
    ...(label ? ['label'] : []),
    'changes',
    'path',
    'before',
    'after',
    ...sideHeader('before'),
    ...sideHeader('after'),
  ];
  const lines = [
    header,
    ...rows.map((r) => [
      r.status,
      r.view,
      r.id,
      ...(label ? [label(r)] : []),
      r.changes.join(' '),
      r.path,
      describeFigure(r.before),
      describeFigure(r.after),
      ...side(r.before),
      ...side(r.after),
    ]),
  ];
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\n')}\n`;
}

import { uniqueCitations } from '../../charts/unique-citations';
import type { Figure, Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatFigure } from '../../i18n/format';
import { CitationText } from '../../ui/citation-text';
import type { BarRow } from './sectors-series';
import { useSectorsText, useSectorWords } from './sectors.text';
import { Chip } from '../../ui/chip';

/** The figures a row stands for, share first: what tooltips and the highlight line describe. */
function rowFigures(row: BarRow): Figure[] {
  return [row.share, row.count].filter((f): f is Figure => f !== undefined);
}

/** The tooltip of a bar or segment: every figure of the row with kind, formula, date, notes and source. */
export function TipBody({ row, snapshot }: { row: BarRow; snapshot: Snapshot }) {
  const st = useSectorsText();
  const { t } = useTranslation();
  const w = useSectorWords();
  const total = snapshot.sectors.membersTotal;
  const figures = rowFigures(row);
  const date = figures[0]?.date;
  const notes = [...new Set(figures.flatMap((f) => (f.note ? [f.note[w.lang]] : [])))];
  return (
    <>
      <strong>{row.label[w.lang]}</strong>
      {row.share && (
        <span className="sectors-tip__line">
          {st('tip.share')}: <b>{formatFigure(row.share, w.lang, t)}</b>{' '}
          {st('tip.of', { total: formatFigure(total, w.lang, t) })}{' '}
          <span className="chart-tooltip__muted">({w.kind(row.share)})</span>
        </span>
      )}
      {row.count && (
        <span className="sectors-tip__line">
          {row.group === 'members' ? st('tip.count') : st('tip.projects')}:{' '}
          <b>{formatFigure(row.count, w.lang, t)}</b>{' '}
          <span className="chart-tooltip__muted">({w.kind(row.count)})</span>
        </span>
      )}
      {row.count?.qualifier.kind === 'derived' && (
        <span className="sectors-tip__formula">
          {st('tip.formula', { formula: w.formula(row.count) ?? '' })}
        </span>
      )}
      {row.group === 'members' && !row.count && (
        <span className="sectors-tip__line">
          {st('tip.count')}: <span className="not-reported">{t('qualifier.notReported')}</span>
        </span>
      )}
      {date && <span className="chart-tooltip__muted">{w.dated(date)}</span>}
      {notes.map((note) => (
        <span key={note} className="chart-tooltip__muted">
          {note}
        </span>
      ))}
      <span className="chart-tooltip__source">
        {t('chart.source')}:{' '}
        <CitationText
          inTooltip
          snapshot={snapshot}
          citations={uniqueCitations(figures.flatMap((f) => f.sources))}
        />
      </span>
    </>
  );
}

/** One line under the chart title naming the highlighted item's figures, with a way to clear it. */
export function HighlightDetail({
  row,
  snapshot,
  onClear,
}: {
  row: BarRow;
  snapshot: Snapshot;
  onClear: () => void;
}) {
  const st = useSectorsText();
  const { t } = useTranslation();
  const w = useSectorWords();
  const parts: string[] = [];
  if (row.share)
    parts.push(st('detail.share', { value: formatFigure(row.share, w.lang, t), kind: w.kind(row.share) }));
  if (row.count) {
    const formula = w.formula(row.count);
    parts.push(
      formula
        ? st('detail.derived', { count: w.counted(row.count), formula })
        : st('detail.reported', { count: w.counted(row.count), kind: w.kind(row.count) }),
    );
  }
  const figures = rowFigures(row);
  return (
    <div className="sectors-detail" role="status">
      <p className="sectors-detail__text">
        <span className="sectors-detail__label">{st('detail.label')}: </span>
        <strong>{row.label[w.lang]}</strong> — {parts.join('; ')}
        {figures[0]?.date && <span> · {w.dated(figures[0].date)}</span>}
        <span className="sectors-detail__source">
          {' · '}
          {t('chart.source')}:{' '}
          <CitationText snapshot={snapshot} citations={uniqueCitations(figures.flatMap((f) => f.sources))} />
        </span>
      </p>
      <Chip onClick={onClear}>{st('detail.clear')}</Chip>
    </div>
  );
}

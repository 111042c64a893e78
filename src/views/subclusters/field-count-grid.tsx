import { useId, useMemo, useState } from 'react';
import type { Snapshot } from '../../data/schema';
import { usePalette } from '../../ui/palette';
import { useTranslation } from '../../i18n';
import { CitationText } from '../../ui/citation-text';
import { ChartTooltip } from '../../charts/chart-tooltip';
import { cellStyle, cellText, intensityScale } from './field-colours';
import { gridOrientation } from './subclusters-layout';
import type { FieldCell, FieldGroup } from './subclusters-series';
import { pluralForm } from '../../i18n/plural';
import { useSubclustersText } from './subclusters.text';
import { useRovingFocus } from '../../charts/use-roving-focus';
import { useShowFirst } from '../../charts/show-first';
import { ShowAllButton } from '../../charts/show-all-button';
import { formatNumber } from '../../i18n/format';
import { maxOf } from '../../lib/extremes';

/**
 * Fields drawn in each group before "Show all": the shipped snapshot's groups hold at most 7; at 100× the
 * data a group holds hundreds, at 1000× thousands of cells nobody reads at once (25,000 DOM nodes). The
 * table tab, print and the downloads keep every field.
 */
export const FIRST_FIELDS = 48;

interface Tip {
  field: FieldCell;
  /** The cell: the tooltip's anchor. */
  cell: HTMLElement;
}

/**
 * The presentation's table of priority fields as a heat-map grid: one group per "named by N sub-clusters",
 * each field a cell shaded by N. Groups are columns on wide screens and rows on narrow ones; either way
 * each group is an ARIA row, so a screen reader hears "Named by 6 sub-clusters: Electronics…, Instrumentation".
 */
export function FieldCountGrid({
  groups,
  width,
  snapshot,
}: {
  groups: FieldGroup[];
  width: number;
  snapshot: Snapshot;
}) {
  const { t, i18n } = useTranslation();
  const v = useSubclustersText();
  const lang = i18n.language;
  const p = usePalette();
  const tipId = useId();
  const [tip, setTip] = useState<Tip | null>(null);
  const list = useShowFirst(Math.max(0, maxOf(groups.map((g) => g.fields.length))), FIRST_FIELDS);
  const drawn = useMemo(() => groups.map((g) => g.fields.slice(0, list.shown)), [groups, list.shown]);
  const total = groups.reduce((n, g) => n + g.fields.length, 0);
  const orientation = gridOrientation(groups, width);
  const lengths = drawn.map((fields) => fields.length);
  const grid = useRovingFocus({
    mode: 'grid',
    lengths,
    orientation,
    ids: drawn.flatMap((fields) => fields.map((f) => f.id)),
  });
  const colour = intensityScale(p, groups.length);
  const namedBy = (count: number) => v(`matrix.namedBy.${pluralForm(lang, count)}`, { count });

  const show = (field: FieldCell, el: HTMLElement) => setTip({ field, cell: el });

  return (
    <div className={`subclusters-fields subclusters-fields--${orientation}`}>
      <div
        role="grid"
        aria-label={v('matrix.grid')}
        className="subclusters-fields__grid"
        style={{
          gridTemplateColumns:
            orientation === 'columns' ? `repeat(${groups.length}, minmax(0, 1fr))` : undefined,
        }}
      >
        {groups.map((g, gi) => (
          <div role="row" key={g.count} className="subclusters-fields__group">
            <div role="rowheader" className="subclusters-fields__head">
              <span
                className="subclusters-fields__swatch"
                style={{ background: colour(g.count) }}
                aria-hidden="true"
              />
              <span>{namedBy(g.count)}</span>
              <span className="subclusters-fields__n">
                {g.fields.length > 0
                  ? v(`matrix.fields.${pluralForm(lang, g.fields.length)}`, { count: g.fields.length })
                  : v('matrix.noFields')}
              </span>
            </div>
            {(drawn[gi] ?? []).map((f, fi) => {
              const { ref, ...roving } = grid.itemProps<HTMLDivElement>(f.id, {
                onFocus: (e) => show(f, e.currentTarget),
              });
              return (
                <div
                  role="gridcell"
                  key={f.id}
                  {...roving}
                  // The first cell "Show all" adds takes focus (the first group's, if it had more).
                  ref={
                    fi === FIRST_FIELDS
                      ? (el) => {
                          ref(el);
                          list.revealRef(el);
                        }
                      : ref
                  }
                  aria-label={`${f.label}: ${namedBy(g.count)}`}
                  aria-describedby={tip?.field.id === f.id ? tipId : undefined}
                  className={`subclusters-fields__cell subclusters-cell--${f.count.qualifier.kind}`}
                  style={cellStyle(f.count, colour(g.count), p)}
                  title={f.label}
                  onBlur={() => setTip(null)}
                  onMouseEnter={(e) => show(f, e.currentTarget)}
                  onMouseLeave={() => setTip(null)}
                >
                  {f.label}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <ShowAllButton
        list={list}
        showAll={v('matrix.showAll', { count: formatNumber(total, lang) })}
        showFirst={v('matrix.showFirst', { count: formatNumber(FIRST_FIELDS, lang) })}
      />
      {tip && (
        <ChartTooltip id={tipId} anchor={tip.cell} gap={6}>
          <strong>{tip.field.label}</strong>
          <span>{namedBy(tip.field.count.value)}</span>
          {tip.field.count.qualifier.kind !== 'exact' && (
            <span>{t(`qualifier.${tip.field.count.qualifier.kind}`)}</span>
          )}
          <span className="chart-tooltip__source">
            {t('chart.source')}:{' '}
            <CitationText inTooltip snapshot={snapshot} citations={tip.field.count.sources} />
          </span>
        </ChartTooltip>
      )}
    </div>
  );
}

/** "1 … 7": the colour scale of the grid, as a legend. */
export function IntensityLegend({ max }: { max: number }) {
  const p = usePalette();
  const v = useSubclustersText();
  const colour = intensityScale(p, max);
  return (
    <div className="subclusters-intensity">
      <span>{v('matrix.intensity')}:</span>
      <ol aria-hidden="true">
        {Array.from({ length: max }, (_, i) => (
          <li key={i} style={{ background: colour(i + 1), color: cellText(colour(i + 1)) }}>
            {i + 1}
          </li>
        ))}
      </ol>
    </div>
  );
}

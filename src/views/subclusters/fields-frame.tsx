import { useMemo, memo } from 'react';
import { kindsOf } from '../../charts/figure-kinds';
import { ChartFrame } from '../../charts/chart-frame';
import { QualifierLegend } from '../../charts/qualifier-legend';
import { SourceFootnote } from '../../charts/source-footnote';
import { useParentWidth } from '../../charts/use-parent-size';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { FieldCountGrid, IntensityLegend } from './field-count-grid';
import { FullFieldMatrix } from './full-field-matrix';
import { fieldCells, fieldGroups, fullMatrix, type SubclusterRow } from './subclusters-series';
import { useSubclustersText } from './subclusters.text';

/**
 * The priority fields: the count grid the presentation gives, then either the full sub-cluster × field
 * matrix (when the snapshot itemises it) or a plain statement that the source does not.
 */
function FieldsFrameUnmemoised({
  snapshot,
  order,
  highlight,
}: {
  snapshot: Snapshot;
  order: SubclusterRow[];
  highlight: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const v = useSubclustersText();
  const lang = i18n.language;
  const { ref, width } = useParentWidth<HTMLDivElement>();
  // Shaped once per snapshot, language and order, not on every render of the frame.
  const groups = useMemo(() => fieldGroups(snapshot, lang), [snapshot, lang]);
  const cells = useMemo(() => fieldCells(snapshot, lang), [snapshot, lang]);
  const counts = useMemo(() => cells.map((c) => c.count), [cells]);
  const matrix = useMemo(() => fullMatrix(snapshot, lang, order), [snapshot, lang, order]);
  const footer = <SourceFootnote snapshot={snapshot} citations={counts.flatMap((f) => f.sources)} />;
  const items = () =>
    cells.map((c) => ({
      label: t('figureLabel.priorityField', { label: c.label }),
      figure: c.count,
    }));

  const frameWords = (k: 'matrix' | 'full') => ({
    title: v(`${k}.title`),
    subtitle: v(`${k}.subtitle`),
    hint: v(`${k}.hint`),
  });

  return (
    <>
      <ChartFrame
        id="subclusters-fields"
        items={snapshot.subclusters.priorityFields.length}
        {...frameWords('matrix')}
        legend={
          <>
            <IntensityLegend max={groups.length} />
            <QualifierLegend kinds={kindsOf(counts)} />
          </>
        }
        footer={footer}
        exportable={{
          name: 'subclusters-fields',
          snapshot,
          items,
          picture: () => ({
            head: [v('table.count'), v('table.field')],
            rows: groups.map((g) => [
              formatNumber(g.count, lang),
              g.fields.map((f) => f.label).join(', ') || '—',
            ]),
          }),
        }}
      >
        <div ref={ref}>
          <FieldCountGrid groups={groups} width={width} snapshot={snapshot} />
        </div>
        {!matrix && (
          <p className="subclusters-note" role="note">
            {v('matrix.notItemised')}
          </p>
        )}
      </ChartFrame>
      {matrix && (
        <ChartFrame
          id="subclusters-full"
          items={snapshot.subclusters.items.length}
          {...frameWords('full')}
          legend={
            <ul className="series-legend">
              <li>
                <span
                  className="subclusters-full__dot is-named subclusters-full__dot--legend"
                  aria-hidden="true"
                />
                {v('full.legendNamed')}
              </li>
              <li>
                <span className="subclusters-full__dot subclusters-full__dot--legend" aria-hidden="true" />
                {v('full.legendNotNamed')}
              </li>
            </ul>
          }
          footer={footer}
        >
          <FullFieldMatrix matrix={matrix} highlight={highlight} />
          {matrix.mismatches.length > 0 && (
            <p className="subclusters-note" role="note">
              {v('full.mismatch', {
                list: matrix.mismatches
                  .map((m) =>
                    v('full.mismatchItem', {
                      field: m.field.label,
                      itemised: m.itemised,
                      reported: m.field.count.value,
                    }),
                  )
                  .join('; '),
              })}
            </p>
          )}
        </ChartFrame>
      )}
    </>
  );
}

/** Drawn again only when its props change, not on every change of the URL (a chart option above). */
export const FieldsFrame = memo(FieldsFrameUnmemoised);

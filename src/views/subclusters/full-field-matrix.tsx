import { useState } from 'react';
import { usePalette } from '../../ui/palette';
import { useTranslation } from '../../i18n';
import { formatNumber, qualifierMark } from '../../i18n/format';
import { shortName, type FullMatrix } from './subclusters-series';
import { useSubclustersText } from './subclusters.text';
import { useRovingFocus } from '../../charts/use-roving-focus';

/**
 * Sub-clusters × priority fields, drawn only when the snapshot itemises who names what: a filled square
 * where a sub-cluster names a field. The bottom row repeats the reported count per field for checking.
 * The cell in focus (or under the pointer) is read out in the caption below the grid.
 */
export function FullFieldMatrix({
  matrix,
  highlight,
}: {
  matrix: FullMatrix;
  highlight: string | undefined;
}) {
  const { i18n } = useTranslation();
  const v = useSubclustersText();
  const lang = i18n.language;
  const p = usePalette();
  const [caption, setCaption] = useState('');
  const { columns, rows } = matrix;
  const lengths = rows.map((r) => (r.itemised ? columns.length : 1));
  const grid = useRovingFocus({
    mode: 'grid',
    lengths,
    orientation: 'rows',
    ids: lengths.flatMap((length, ri) => Array.from({ length }, (_, ci) => `${ri}:${ci}`)),
  });

  return (
    <div className="subclusters-full">
      <div className="table-scroll">
        <table role="grid" aria-label={v('full.grid')} className="subclusters-full__table">
          <thead>
            <tr>
              <td />
              {columns.map((c) => (
                <th key={c.id} scope="col" title={c.label}>
                  <span className="subclusters-full__colhead">{c.label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, ri) => {
              const on = r.subcluster.id === highlight;
              const colour = on ? p.highlight : (p.series[0] ?? p.accent);
              const cellProps = (ci: number, text: string) => ({
                role: 'gridcell',
                ...grid.itemProps(`${ri}:${ci}`, { onFocus: () => setCaption(text) }),
                'aria-label': text,
                title: text,
                onMouseEnter: () => setCaption(text),
              });
              return (
                <tr key={r.subcluster.id} className={on ? 'is-highlighted' : undefined}>
                  <th scope="row" title={r.subcluster.name}>
                    {shortName(r.subcluster.name, 30)}
                  </th>
                  {r.itemised ? (
                    r.named.map((named, ci) => {
                      const field = columns[ci]?.label ?? '';
                      const text = v(named ? 'full.named' : 'full.notNamed', {
                        subcluster: r.subcluster.name,
                        field,
                      });
                      return (
                        <td
                          key={columns[ci]?.id ?? ci}
                          className="subclusters-full__cell"
                          {...cellProps(ci, text)}
                        >
                          <span
                            aria-hidden="true"
                            className={named ? 'subclusters-full__dot is-named' : 'subclusters-full__dot'}
                            style={named ? { background: colour, borderColor: colour } : undefined}
                          />
                        </td>
                      );
                    })
                  ) : (
                    <td
                      colSpan={columns.length}
                      className="subclusters-full__missing not-reported"
                      {...cellProps(0, v('full.notReported', { subcluster: r.subcluster.name }))}
                    >
                      {v('full.rowNotReported')}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{v('table.count')}</th>
              {columns.map((c) => (
                <td key={c.id} className="num">
                  {qualifierMark(c.count.qualifier)}
                  {formatNumber(c.count.value, lang)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="subclusters-full__caption" aria-live="polite">
        {caption || '\u00a0'}
      </p>
    </div>
  );
}

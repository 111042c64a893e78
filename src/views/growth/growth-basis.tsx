import { useMemo } from 'react';
import { useDeferredOptions } from '../../charts/deferred-options';
import { useTranslation } from '../../i18n';
import type { GrowthRatio } from './growth-multiples';
import { basisText, useGrowthText } from './growth.text';
import type { ChartPoint, ChartSeries } from './growth-series';

/**
 * The two selects of the computed ratio's basis: "from" any point but a series' last, "to" a later point of
 * the same series. At scale each holds hundreds of points, so the options are drawn on first use.
 */
export function BasisSelects({
  series,
  basisSeries,
  ratio,
  onBasis,
}: {
  series: ChartSeries[];
  basisSeries: ChartSeries;
  ratio: GrowthRatio;
  onBasis: (from: string, to: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const g = useGrowthText();
  const lang = i18n.language;
  const from = useDeferredOptions(series.reduce((n, s) => n + s.points.length, 0));
  const to = useDeferredOptions(basisSeries.points.length);
  // Written even while only the chosen options are drawn (a pre-rendered page, before hydration): the dates in
  // them then travel with the page (i18n/format.ts), so drawing the rest once it is live makes no Intl format.
  // Only the points of a select that wants them all: "To" alone (one series) when "From" waits to be opened.
  const texts = useMemo(() => {
    const listed = from.wanted ? series : to.wanted ? [basisSeries] : [];
    return new Map(listed.flatMap((s) => s.points.map((p) => [p.figure.id, basisText(p, lang, t)] as const)));
  }, [from.wanted, to.wanted, series, basisSeries, lang, t]);
  const text = (p: ChartPoint) => texts.get(p.figure.id) ?? basisText(p, lang, t);
  const pickFrom = (fromId: string) => {
    const s = series.find((c) => c.points.some((p) => p.figure.id === fromId));
    const point = s?.points.find((p) => p.figure.id === fromId);
    if (!s || !point) return;
    const keep = ratio.seriesId === s.id && ratio.to.x > point.x ? ratio.to : s.points.at(-1);
    if (keep && keep.x > point.x) onBasis(fromId, keep.figure.id);
  };
  const fromId = ratio.from.figure.id;
  const toId = ratio.to.figure.id;
  return (
    <div className="growth-ratio__basis">
      <label>
        <span>{g('ratio.from')}</span>
        <select value={fromId} onChange={(e) => pickFrom(e.target.value)} {...from.selectProps}>
          {series.map((s) => {
            const points = from.all ? s.points : s.points.filter((p) => p.figure.id === fromId);
            return (
              points.length > 0 && (
                <optgroup key={s.id} label={s.label[lang]}>
                  {points.map((p) => (
                    <option key={p.figure.id} value={p.figure.id} disabled={p === s.points.at(-1)}>
                      {text(p)}
                    </option>
                  ))}
                </optgroup>
              )
            );
          })}
        </select>
      </label>
      <label>
        <span>{g('ratio.to')}</span>
        <select value={toId} onChange={(e) => onBasis(fromId, e.target.value)} {...to.selectProps}>
          {(to.all ? basisSeries.points : basisSeries.points.filter((p) => p.figure.id === toId)).map((p) => (
            <option key={p.figure.id} value={p.figure.id} disabled={p.x <= ratio.from.x}>
              {text(p)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

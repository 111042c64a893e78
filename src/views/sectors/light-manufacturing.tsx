import { useId } from 'react';
import { usePalette } from '../../ui/palette';
import type { Figure, PartialDate, Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { dateStart, formatPartialDate } from '../../i18n/format';
import { useSectorsText, useSectorWords } from './sectors.text';

/** A big number with its declined noun, kind and date: one figure of the panel. */
function Stat({ figure, hint }: { figure: Figure; hint: string }) {
  const w = useSectorWords();
  return (
    <div className="sectors-stat">
      <div className="sectors-stat__value" data-kind={figure.qualifier.kind}>
        {w.counted(figure)}
      </div>
      <p className="sectors-stat__hint">{hint}</p>
      <p className="sectors-stat__meta">
        {w.kind(figure)}
        {figure.date && <> · {w.dated(figure.date)}</>}
      </p>
    </div>
  );
}

/** Months from `from` to `to` (both month-precise), or undefined when either date is coarser. */
function monthSpan(from: PartialDate, to: PartialDate | undefined): number | undefined {
  if (!to || from.precision !== 'month' || to.precision !== 'month') return undefined;
  const a = new Date(dateStart(from));
  const b = new Date(dateStart(to));
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  return months > 0 && months <= 36 ? months : undefined;
}

/**
 * Two month bands on a month grid: the month light manufacturing was added (solid) and the inferred month
 * of the figures (dashed, "c."), so that both dates show their precision rather than a day tick.
 */
function MonthBands({ since, asOf, width }: { since: PartialDate; asOf: PartialDate; width: number }) {
  const st = useSectorsText();
  const { t, i18n } = useTranslation();
  const palette = usePalette();
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const months = monthSpan(since, asOf);
  if (months === undefined) return null;
  const cell = width / (months + 1);
  const h = 58;
  const sinceText = formatPartialDate(since, i18n.language, t);
  const asOfText = formatPartialDate(asOf, i18n.language, t);
  return (
    <svg width={width} height={h} role="img" aria-labelledby={`${uid}-t`} className="sectors-months">
      <title id={`${uid}-t`}>{`${st('light.months')}: ${sinceText} — ${asOfText}`}</title>
      {Array.from({ length: months + 2 }, (_, i) => (
        <line key={i} x1={i * cell} x2={i * cell} y1={8} y2={30} stroke={palette.grid} />
      ))}
      <line x1={0} x2={width} y1={30} y2={30} stroke={palette.grid} />
      <rect x={1} y={8} width={cell - 2} height={22} fill={palette.accent} />
      <rect
        x={months * cell + 1}
        y={8}
        width={cell - 2}
        height={22}
        fill={palette.accent}
        fillOpacity={0.2}
        stroke={palette.accent}
        strokeWidth={1.5}
        strokeDasharray="4 3"
      />
      <line
        x1={cell + 4}
        x2={months * cell - 6}
        y1={19}
        y2={19}
        stroke={palette.muted}
        markerEnd={`url(#${uid}-arrow)`}
      />
      <defs>
        <marker
          id={`${uid}-arrow`}
          viewBox="0 0 6 6"
          refX="5"
          refY="3"
          markerWidth="6"
          markerHeight="6"
          orient="auto"
        >
          <path d="M0,0 L6,3 L0,6 z" fill={palette.muted} />
        </marker>
      </defs>
      {months >= 3 && (
        <text
          x={((months + 1) * cell) / 2}
          y={15}
          textAnchor="middle"
          fontSize={11}
          fill={palette.muted}
          stroke={palette.background}
          strokeWidth={4}
          paintOrder="stroke"
        >
          {st('light.halfYear')}
        </text>
      )}
      <text x={0} y={48} fontSize={12} fill={palette.text}>
        {sinceText}
      </text>
      <text x={width} y={48} fontSize={12} textAnchor="end" fill={palette.text}>
        {asOfText}
      </text>
    </svg>
  );
}

/** The light-manufacturing figures: companies and regions on the exchange, with both dates' precision. */
export function LightManufacturing({ snapshot, width }: { snapshot: Snapshot; width: number }) {
  const st = useSectorsText();
  const { t, i18n } = useTranslation();
  const { companies, regions, since } = snapshot.sectors.lightManufacturing;
  const sinceText = formatPartialDate(since, i18n.language, t);
  return (
    <div className="sectors-light">
      <div className="sectors-light__stats">
        <Stat figure={companies} hint={st('light.companies')} />
        <Stat figure={regions} hint={st('light.regions')} />
      </div>
      <dl className="sectors-light__dates">
        <div>
          <dt>{st('light.added')}</dt>
          <dd>{`${sinceText} (${t(`date.precision.${since.precision}`)})`}</dd>
        </div>
        {companies.date && (
          <div>
            <dt>{st('light.asOf')}</dt>
            <dd>
              {`${formatPartialDate(companies.date, i18n.language, t)} (${t(`date.precision.${companies.date.precision}`)})`}
              {companies.date.approximate && (
                <span className="sectors-light__inferred">
                  {' '}
                  — {st('light.inferred', { since: sinceText })}
                </span>
              )}
            </dd>
          </div>
        )}
      </dl>
      {companies.date && <MonthBands since={since} asOf={companies.date} width={Math.min(width, 520)} />}
      {[companies.note, regions.note]
        .filter((n) => n !== undefined)
        .slice(0, 1)
        .map((n) => (
          <p key="note" className="sectors-light__note">
            {t('chart.note')}: {n[i18n.language]}
          </p>
        ))}
    </div>
  );
}

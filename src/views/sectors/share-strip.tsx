import { mix, readableOn } from '../../charts/colour';
import { useId, useMemo, useState } from 'react';
import { ChartTooltip } from '../../charts/chart-tooltip';
import { usePalette } from '../../ui/palette';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatValue } from '../../i18n/format';
import { legendEntries, sectorColour, valueWidth } from './sectors-layout';
import { TipBody } from './figure-details';
import { shareSegments, type BarRow } from './sectors-series';
import { useSectorsText } from './sectors.text';
import { useBarMarks } from './use-bar-marks';

interface ShareStripProps {
  rows: readonly BarRow[];
  width: number;
  highlightKey: string | undefined;
  onToggle: (key: string) => void;
  snapshot: Snapshot;
}

/**
 * The members' shares as one 100 % bar, a compact "part of the whole" above the bars. HTML rather than
 * SVG: segments size themselves in percent, and the list under it names every segment, narrow or not.
 */
export function ShareStrip({ rows, width, highlightKey, onToggle, snapshot }: ShareStripProps) {
  const st = useSectorsText();
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const palette = usePalette();
  const uid = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const { segments, total } = useMemo(() => shareSegments(rows), [rows]);
  const highlightHere = highlightKey !== undefined && rows.some((r) => r.key === highlightKey);
  const { tip, markProps } = useBarMarks(rows, highlightKey, onToggle);
  const tipSegment = tip === null ? undefined : segments[tip];
  // The segment last hovered or focused: the tooltip's anchor.
  const [tipEl, setTipEl] = useState<HTMLElement | null>(null);
  const sum = formatValue({ value: total, unit: 'percent' }, lang);
  // Each segment keeps 2 px and a 1 px gap while they fit; past that (hundreds of sectors) the bar drops both,
  // so it never grows wider than its box and the page never scrolls sideways. The list below names them all.
  const dense = segments.length * 3 > width;
  const legendRows = useMemo(() => legendEntries(rows, highlightKey), [rows, highlightKey]);

  return (
    <div className="sectors-strip">
      <p className="sectors-strip__title" id={`${uid}-title`}>
        {st('strip.title', { sum })}
      </p>
      <p id={`${uid}-hint`} className="visually-hidden">
        {st('strip.hint')}
      </p>
      <div
        className={`sectors-strip__bar${dense ? ' sectors-strip__bar--dense' : ''}`}
        role="group"
        aria-labelledby={`${uid}-title`}
        aria-describedby={`${uid}-hint`}
      >
        {segments.map(({ row, start, end }, i) => {
          const share = end - start;
          const on = row.key === highlightKey;
          const muted = highlightHere && !on;
          // Faded by mixing with the background (not opacity), so that the label colour can follow the fill.
          const fill = muted
            ? mix(sectorColour(palette, row.sourceIndex), palette.background, 0.65)
            : sectorColour(palette, row.sourceIndex);
          const text = row.share ? formatValue(row.share, lang) : '';
          const fits = (share / (total || 1)) * width >= valueWidth(text);
          const mark = markProps(i);
          return (
            <div
              key={row.key}
              {...mark}
              onFocus={(e) => {
                setTipEl(e.currentTarget);
                mark.onFocus(e);
              }}
              onMouseEnter={(e) => {
                setTipEl(e.currentTarget);
                mark.onMouseEnter();
              }}
              role="button"
              aria-pressed={on}
              aria-label={`${row.label[lang]}: ${text}`}
              aria-describedby={tip === i ? `${uid}-tip` : undefined}
              className={`sectors-strip__segment${on ? ' is-highlighted' : ''}`}
              data-key={row.key}
              style={{
                flexGrow: share,
                background: fill,
                color: readableOn(fill, '#000000', '#ffffff'),
              }}
            >
              {fits && <span aria-hidden="true">{text}</span>}
            </div>
          );
        })}
        {tipSegment && (
          <ChartTooltip id={`${uid}-tip`} anchor={tipEl} placement="bottom" gap={4}>
            <TipBody row={tipSegment.row} snapshot={snapshot} />
            <span className="chart-tooltip__muted">{st('tip.select')}</span>
          </ChartTooltip>
        )}
      </div>
      <ul className="series-legend sectors-strip__legend" aria-hidden="true">
        {legendRows.map((row) => (
          <li key={row.key} className={row.key === highlightKey ? 'is-highlighted' : undefined}>
            <span className="sectors-swatch" style={{ background: sectorColour(palette, row.sourceIndex) }} />
            {row.label[lang]} {row.share ? formatValue(row.share, lang) : ''}
          </li>
        ))}
        {legendRows.length < rows.length && (
          <li className="sectors-strip__more">
            {st('strip.more', { count: rows.length - legendRows.length })}
          </li>
        )}
      </ul>
    </div>
  );
}

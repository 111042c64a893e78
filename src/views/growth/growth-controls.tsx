import { useId, type ReactNode } from 'react';
import type { ParamValues } from '../../lib/url-state';
import { useTranslation } from '../../i18n';
import { markerPath } from './growth-symbols';
import type { ChartSeries, SeriesId } from './growth-series';
import { COVID_RANGE, GROWTH_PARAMS, SCALES } from './growth.params';
import { useGrowthText } from './growth.text';
import { SegmentedControl } from '../../charts/segmented-control';
import { Chip } from '../../ui/chip';

type Values = ParamValues<typeof GROWTH_PARAMS>;

interface GrowthControlsProps {
  values: Values;
  update: (changes: Partial<Values>) => void;
  /** Every series in the snapshot, selected or not. */
  series: ChartSeries[];
  colors: string[];
  /** The whole record as ISO days, for the "All" preset and the date inputs' bounds. */
  extent: readonly [string, string];
}

/** Series, scale, overlay and period options; every change is written to the URL. */
export function GrowthControls({ values, update, series, colors, extent }: GrowthControlsProps) {
  const { i18n } = useTranslation();
  const g = useGrowthText();
  const lang = i18n.language;
  const id = useId();
  const toggleSeries = (sid: SeriesId) => {
    const on = values.series.includes(sid);
    if (on && values.series.length === 1) return; // the chart always shows something
    const next = on ? values.series.filter((s) => s !== sid) : [...values.series, sid];
    update({ series: series.map((s) => s.id).filter((s) => next.includes(s)) });
  };
  const [start, end] = values.range ?? extent;
  const setDay = (which: 0 | 1, day: string) => {
    const next: [string, string] = which === 0 ? [day, end] : [start, day];
    if (/^\d{4}-\d{2}-\d{2}$/.test(day) && next[0] < next[1]) update({ range: next });
  };
  const isCovid = values.range?.[0] === COVID_RANGE[0] && values.range[1] === COVID_RANGE[1];

  return (
    <div className="growth-controls">
      <Group id={`${id}-series`} label={g('controls.series')}>
        {series.map((s) => {
          const pressed = values.series.includes(s.id);
          const last = pressed && values.series.length === 1;
          return (
            <Chip
              key={s.id}
              className="growth-chip"
              pressed={pressed}
              aria-disabled={last || undefined}
              title={last ? g('controls.lastSeries') : undefined}
              onClick={() => toggleSeries(s.id)}
            >
              <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                <path
                  d={markerPath(s.index, 0.9)}
                  fill={pressed ? colors[s.index] : 'none'}
                  stroke={colors[s.index]}
                  strokeWidth={1.5}
                />
              </svg>
              {s.label[lang]}
            </Chip>
          );
        })}
      </Group>
      <Group id={`${id}-scale`} label={g('controls.scale')} grouped={false}>
        <SegmentedControl
          className="tab-switch growth-scale"
          buttonClassName="tab-switch__button"
          labelledBy={`${id}-scale`}
          options={SCALES}
          pressed={(s) => values.scale === s}
          onChange={(s) => update({ scale: s })}
        >
          {(s) => g(`controls.${s}`)}
        </SegmentedControl>
      </Group>
      <Group id={`${id}-overlay`} label={g('controls.overlay')}>
        <Chip
          pressed={values.events === 'on'}
          onClick={() => update({ events: values.events === 'on' ? 'off' : 'on' })}
        >
          {g('controls.events')}
        </Chip>
      </Group>
      <Group id={`${id}-period`} label={g('controls.period')}>
        <Chip pressed={values.range === undefined} onClick={() => update({ range: undefined })}>
          {g('controls.all', { from: extent[0].slice(0, 4), to: extent[1].slice(0, 4) })}
        </Chip>
        <Chip pressed={isCovid} onClick={() => update({ range: COVID_RANGE })}>
          {g('controls.covid')}
        </Chip>
        <span className="growth-controls__dates">
          {([0, 1] as const).map((which) => (
            <label key={which}>
              {g(which === 0 ? 'controls.start' : 'controls.end')}
              <input
                type="date"
                value={which === 0 ? start : end}
                min={which === 0 ? extent[0] : start}
                max={which === 0 ? end : extent[1]}
                onChange={(e) => setDay(which, e.target.value)}
              />
            </label>
          ))}
        </span>
      </Group>
    </div>
  );
}

/** A labelled row of options; `grouped={false}` where the control inside is itself the labelled group. */
function Group({
  id,
  label,
  grouped = true,
  children,
}: {
  id: string;
  label: string;
  grouped?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      role={grouped ? 'group' : undefined}
      aria-labelledby={grouped ? id : undefined}
      className="cluster growth-controls__group"
    >
      <span id={id} className="growth-controls__label">
        {label}
      </span>
      {children}
    </div>
  );
}

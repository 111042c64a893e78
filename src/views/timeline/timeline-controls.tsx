import type { CSSProperties } from 'react';
import { EVENT_CATEGORIES } from '../../charts/event-layer';
import type { EventCategory } from '../../data/schema';
import { SegmentedControl } from '../../charts/segmented-control';
import { useTranslation } from '../../i18n';
import { formatDay } from '../../charts/time-ticks';
import { useTimelineText } from './timeline.text';
import { sameDays, type TimeWindow } from './timeline-window';

export interface Preset {
  id: 'covid' | 'history';
  window: TimeWindow;
}

interface WindowControlsProps {
  window: TimeWindow;
  presets: readonly Preset[];
  onPreset: (w: TimeWindow) => void;
  onZoom: (factor: number) => void;
  onPan: (fraction: number) => void;
}

const ZOOMS = [
  { factor: 0.5, key: 'zoomIn', sign: '+' },
  { factor: 2, key: 'zoomOut', sign: '−' },
] as const;

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

/** Presets, zoom and pan buttons (the keyboard route to every gesture), and what the window shows. */
export function WindowControls({ window, presets, onPreset, onZoom, onPan }: WindowControlsProps) {
  const { i18n } = useTranslation();
  const tt = useTimelineText();
  const lang = i18n.language;
  const presetWindow = (id: Preset['id']) => presets.find((p) => p.id === id)?.window ?? window;
  return (
    <div className="timeline-controls">
      <SegmentedControl
        className="cluster timeline-controls__group"
        label={tt('presets.label')}
        options={presets.map((p) => p.id)}
        pressed={(id) => sameDays(presetWindow(id), window)}
        onChange={(id) => onPreset(presetWindow(id))}
      >
        {(id) => {
          const w = presetWindow(id);
          return tt(`presets.${id}`, { from: yearOf(w.start), to: yearOf(w.end - 1) });
        }}
      </SegmentedControl>
      <div className="cluster timeline-controls__group" role="group" aria-label={tt('navigate')}>
        <button type="button" className="timeline-button" onClick={() => onPan(-0.25)}>
          <span aria-hidden="true">←</span> {tt('earlier')}
        </button>
        <button type="button" className="timeline-button" onClick={() => onPan(0.25)}>
          {tt('later')} <span aria-hidden="true">→</span>
        </button>
        {ZOOMS.map(({ factor, key, sign }) => (
          <button
            key={key}
            type="button"
            className="timeline-button timeline-button--icon"
            onClick={() => onZoom(factor)}
            aria-label={tt(key)}
            title={tt(key)}
          >
            {sign}
          </button>
        ))}
        <output className="timeline-controls__window" aria-live="polite">
          {tt('showing', { from: formatDay(window.start, lang), to: formatDay(window.end - 1, lang) })}
        </output>
      </div>
    </div>
  );
}

interface CategoryChipsProps {
  selected: readonly EventCategory[];
  counts: Record<EventCategory, number>;
  onChange: (cats: readonly EventCategory[]) => void;
}

/** One chip per lane; the last pressed chip cannot be released (an empty timeline says nothing). */
export function CategoryChips({ selected, counts, onChange }: CategoryChipsProps) {
  const { t } = useTranslation();
  const tt = useTimelineText();
  const all = selected.length === EVENT_CATEGORIES.length;
  const toggle = (cat: EventCategory) =>
    onChange(
      selected.includes(cat)
        ? selected.filter((c) => c !== cat)
        : EVENT_CATEGORIES.filter((c) => c === cat || selected.includes(c)),
    );
  return (
    <div className="cluster timeline-controls__group" role="group" aria-label={tt('categories')}>
      {EVENT_CATEGORIES.map((cat, i) => {
        const pressed = selected.includes(cat);
        return (
          <button
            key={cat}
            type="button"
            className="chip timeline-chip"
            style={{ '--chip-colour': `var(--series-${i + 1})` } as CSSProperties}
            aria-pressed={pressed}
            disabled={pressed && selected.length === 1}
            onClick={() => toggle(cat)}
          >
            {t(`events.category.${cat}`)} <span className="timeline-chip__count">{counts[cat]}</span>
          </button>
        );
      })}
      {!all && (
        <button type="button" className="timeline-button" onClick={() => onChange(EVENT_CATEGORIES)}>
          {tt('allCategories')}
        </button>
      )}
    </div>
  );
}

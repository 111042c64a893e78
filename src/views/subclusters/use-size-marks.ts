import { useId, useState } from 'react';
import { activationKeys, useRovingFocus, type RovingLayout } from '../../charts/use-roving-focus';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatFigure } from '../../i18n/format';
import type { SubclusterRow, Threshold } from './subclusters-series';
import { useSubclustersText } from './subclusters.text';

/** What both size charts (bars and scatter) are drawn from. */
export interface SizeChartProps {
  rows: SubclusterRow[];
  threshold: Threshold | null;
  width: number;
  highlight: string | undefined;
  onToggle: (id: string) => void;
  snapshot: Snapshot;
  /** Another snapshot's sizes by sub-cluster id (`?compare=`); drawn by the bars chart. */
  ghost?: ReadonlyMap<string, { participants: number; projects: number }>;
}

/**
 * The marks of a size chart as buttons: one Tab stop per chart, the arrow keys move between marks (the
 * kit's roving focus: a list for the bars, by position for the scatter), hover or focus shows the tooltip,
 * click, Enter or Space toggles the highlight, Esc hides the tooltip. Both charts behave the same, so
 * screen-reader and keyboard users meet one set of rules.
 */
export function useSizeMarks(
  highlight: string | undefined,
  onToggle: (id: string) => void,
  layout: RovingLayout & { ids: readonly string[] },
) {
  const { t, i18n } = useTranslation();
  const v = useSubclustersText();
  const tipId = useId();
  const [active, setActive] = useState<string | null>(null);
  const roving = useRovingFocus({ ...layout, initial: highlight });

  /** `label`: what the mark shows beside it, when that is not the start of the name (a number, an alias). */
  const markProps = (row: SubclusterRow, label?: string) => ({
    className: 'subclusters-mark',
    role: 'button',
    'aria-pressed': row.id === highlight,
    'aria-label': `${label && !row.name.startsWith(label.replace(/…$/, '')) ? `${label}. ` : ''}${v(
      'chart.markAria',
      {
        name: row.name,
        participants: formatFigure(row.participants, i18n.language, t),
        projects: formatFigure(row.projects, i18n.language, t),
      },
    )}`,
    'aria-describedby': active === row.id ? tipId : undefined,
    onClick: () => onToggle(row.id),
    ...roving.itemProps(row.id, {
      onKeyDown: activationKeys(
        () => onToggle(row.id),
        () => setActive(null),
      ),
      onFocus: () => setActive(row.id),
    }),
    onMouseEnter: () => setActive(row.id),
    onMouseLeave: () => setActive(null),
    onBlur: () => setActive(null),
  });

  /** `active`: the mark with the tooltip; `tabStop`: the one that is the chart's Tab stop. */
  return { active, tipId, markProps, tabStop: roving.activeId };
}

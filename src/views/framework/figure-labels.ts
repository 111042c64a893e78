import { useMemo } from 'react';
import { buildFigureRows } from '../../i18n/figure-index';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';

/** What each figure is ("Regional partners", "Share of members: Services"), by id, in the current language. */
export function useFigureLabels(snapshot: Snapshot): Map<string, string> {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => new Map(buildFigureRows(snapshot, i18n.language, t).map((row) => [row.figure.id, row.label])),
    [snapshot, i18n.language, t],
  );
}

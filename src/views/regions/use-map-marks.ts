import { useId, useState } from 'react';
import { activationKeys, useRovingFocus } from '../../charts/use-roving-focus';
import { usePalette } from '../../ui/palette';
import { useTranslation } from '../../i18n';
import type { Snapshot } from '../../data/schema';
import type { PatternIds } from './map-styles';
import type { Choropleth, SubjectRow } from './regions-series';
import { usePartnerText, useRegionsText } from './regions.text';

/** What both maps (tiles and outline) are given. */
export interface MapProps {
  rows: SubjectRow[];
  width: number;
  snapshot: Snapshot;
  scale: Choropleth | null;
  selected: string | undefined;
  onSelect: (code: string | undefined) => void;
}

/**
 * What both maps (tiles and outline) draw their marks with: texts, palette, pattern ids unique to this
 * map (two maps on a page must not share SVG pattern ids), and the tooltip state.
 */
export function useMapMarks() {
  const rt = useRegionsText();
  const { i18n } = useTranslation();
  const palette = usePalette();
  const partnerText = usePartnerText();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids: PatternIds = { named: `${uid}-named`, notReported: `${uid}-nr` };
  const [tip, setTip] = useState<string | null>(null);
  return { rt, lang: i18n.language, palette, partnerText, ids, tipId: `${uid}-tip`, tip, setTip };
}

/**
 * The keyboard and pointer behaviour of both maps' marks, so that tiles and markers work alike: one Tab
 * stop per map (the selected region, else Moscow), the arrow keys move to the nearest mark in that direction
 * (the kit's roving focus, spatial mode), Home and End to the first and last in reading order; Enter, Space
 * or a click toggles the selection, Escape hides the tooltip and clears the selection; hover and focus show
 * the same tooltip.
 */
export function useMapFocus({
  marks,
  initial,
  selected,
  onSelect,
  setTip,
}: {
  /** Each mark's region code and position (tile column and row, or projected x and y). */
  marks: readonly { code: string; x: number; y: number }[];
  initial: string | undefined;
  selected: string | undefined;
  onSelect: (code: string | undefined) => void;
  setTip: ReturnType<typeof useMapMarks>['setTip'];
}) {
  const reading = [...marks].sort((a, b) => a.y - b.y || a.x - b.x);
  const roving = useRovingFocus({
    mode: 'spatial',
    ids: reading.map((m) => m.code),
    points: reading,
    initial,
  });
  const toggle = (code: string) => onSelect(selected === code ? undefined : code);

  return (code: string) => ({
    ...roving.itemProps(code, {
      onFocus: () => setTip(code),
      onKeyDown: activationKeys(
        () => toggle(code),
        () => {
          setTip(null);
          onSelect(undefined);
        },
      ),
    }),
    onBlur: () => setTip((t) => (t === code ? null : t)),
    onMouseEnter: () => setTip(code),
    onMouseLeave: () => setTip((t) => (t === code ? null : t)),
    onClick: () => toggle(code),
  });
}

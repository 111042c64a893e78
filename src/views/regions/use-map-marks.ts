import { useId, useState } from 'react';
import { usePalette } from '../../ui/palette';
import { useTranslation } from '../../i18n';
import type { Snapshot } from '../../data/schema';
import type { PatternIds } from './map-styles';
import type { Choropleth, SubjectRow } from './regions-series';
import { usePartnerText } from './region-text';
import { useRegionsText } from './regions.text';

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

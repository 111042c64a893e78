import { mix, readableOn } from '../../charts/colour';
import type { Palette } from '../../ui/palette';
import type { Choropleth, RegionCategory, SubjectRow } from './regions-series';

/**
 * How a category is drawn. Each has its own pattern as well as its own colour, so the map reads in
 * greyscale too: core = solid, named = hatched, home = thick ring, not itemised = plain light grey.
 */
export interface MarkStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash?: string;
  text: string;
  /** Halo behind labels on patterned fills. */
  halo: string;
  bold: boolean;
}

export interface PatternIds {
  named: string;
  notReported: string;
}

/** Near-black or white, whichever reads better on `fill`. */
const textOn = (fill: string) => readableOn(fill, '#12161b', '#ffffff');

export function categoryStyle(category: RegionCategory, palette: Palette, ids: PatternIds): MarkStyle {
  const base = palette.series[0] ?? palette.accent;
  switch (category) {
    case 'core':
      return { fill: base, stroke: base, strokeWidth: 1, text: textOn(base), halo: base, bold: true };
    case 'named':
      return {
        fill: `url(#${ids.named})`,
        stroke: base,
        strokeWidth: 1.5,
        text: palette.text,
        halo: mix(palette.background, base, 0.18),
        bold: true,
      };
    case 'home':
      return {
        fill: palette.background,
        stroke: palette.highlight,
        strokeWidth: 3,
        text: palette.text,
        halo: palette.background,
        bold: true,
      };
    case 'other':
      return {
        fill: mix(palette.background, palette.grid, 0.55),
        stroke: 'none',
        strokeWidth: 0,
        text: palette.muted,
        halo: mix(palette.background, palette.grid, 0.55),
        bold: false,
      };
  }
}

/** The style of a row: its category, or its class colour where the snapshot reports a count. */
export function rowStyle(
  row: SubjectRow,
  palette: Palette,
  ids: PatternIds,
  scale: Choropleth | null,
): MarkStyle {
  if (!scale || row.category === 'home' || row.category === 'other')
    return categoryStyle(row.category, palette, ids);
  if (!row.partners)
    return {
      fill: `url(#${ids.notReported})`,
      stroke: palette.muted,
      strokeWidth: 1,
      text: palette.text,
      halo: palette.background,
      bold: false,
    };
  const fill = scale.colourOf(row.partners.value);
  const kind = row.partners.qualifier.kind;
  return {
    fill,
    stroke: kind === 'exact' ? fill : palette.text,
    strokeWidth: kind === 'exact' ? 1 : 1.5,
    dash: kind === 'approximate' ? '3 2' : kind === 'derived' ? '1 2' : undefined,
    text: textOn(fill),
    halo: fill,
    bold: true,
  };
}

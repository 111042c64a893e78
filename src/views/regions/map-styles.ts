import { scaleLinear } from 'd3-scale';
import type { Palette } from '../../charts/palette';
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

/** Mixes two CSS colours in RGB (d3-scale interpolates colour strings): t = 0 gives `a`, t = 1 gives `b`. */
export function mix(a: string, b: string, t: number): string {
  return scaleLinear<string>().domain([0, 1]).range([a, b])(t);
}

/** Relative luminance (WCAG) of a CSS colour. */
export function luminance(colour: string): number {
  const [r = 0, g = 0, b = 0] = (mix(colour, colour, 0).match(/[\d.]+/g) ?? []).map(Number);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Near-black or white, whichever reads better on `fill`. */
export function textOn(fill: string): string {
  return luminance(fill) > 0.22 ? '#12161b' : '#ffffff';
}

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

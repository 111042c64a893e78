/** Wording of the sector figures: value labels on bars, counts with their noun, colours for text on fills. */
import type { Palette } from '../../ui/palette';
import type { Figure } from '../../data/schema';
import type { Language } from '../../i18n';
import { formatValue, qualifierMark } from '../../i18n/format';

/** Units whose noun the view declines (Russian: 1 проект, 2 проекта, 5 проектов). */
export type CountUnit = 'organisations' | 'projects' | 'companies' | 'regions';
export const isCountUnit = (unit: Figure['unit']): unit is CountUnit =>
  unit === 'organisations' || unit === 'projects' || unit === 'companies' || unit === 'regions';

/** The value label at a bar's end: "48%", "= 7,584" (derived), "> 6,500" (lower bound). */
export function barValueText(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, lang: Language): string {
  const mark = qualifierMark(figure.qualifier);
  const value = formatValue(figure, lang);
  return mark ? `${mark}\u2009${value}` : value;
}

/** Series colours by the sector's place on the slide, skipping the highlight orange (series 2). */
const COLOUR_ORDER = [0, 2, 3, 4, 5, 7, 6, 1];
export function sectorColour(palette: Palette, sourceIndex: number): string {
  const slot = COLOUR_ORDER[sourceIndex % COLOUR_ORDER.length] ?? 0;
  return palette.series[slot] ?? palette.accent;
}

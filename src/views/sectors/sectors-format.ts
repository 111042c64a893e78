/** Wording of the sector figures: value labels on bars, counts with their noun, colours for text on fills. */
import type { Palette } from '../../charts/palette';
import type { Figure } from '../../data/schema';
import type { Language } from '../../i18n';
import { formatValue, qualifierMark } from '../../lib/format';

/** Units whose noun the view declines (Russian: 1 проект, 2 проекта, 5 проектов). */
export type CountUnit = 'organisations' | 'projects' | 'companies' | 'regions';
export type PluralForm = 'one' | 'few' | 'many' | 'other';

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The CLDR plural category of `value` in `lang`, reduced to the four forms the catalogues carry. */
export function pluralForm(value: number, lang: Language): PluralForm {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const form = rules.select(value);
  return form === 'one' || form === 'few' || form === 'many' ? form : 'other';
}

export const isCountUnit = (unit: Figure['unit']): unit is CountUnit =>
  unit === 'organisations' || unit === 'projects' || unit === 'companies' || unit === 'regions';

/** The value label at a bar's end: "48%", "= 7,584" (derived), "> 6,500" (lower bound). */
export function barValueText(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, lang: Language): string {
  const mark = qualifierMark(figure.qualifier);
  const value = formatValue(figure, lang);
  return mark ? `${mark}\u2009${value}` : value;
}

/** Black or white, whichever reads better on `fill` (a #rrggbb colour); used for labels inside segments. */
export function textOn(fill: string): '#000000' | '#ffffff' {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill.trim());
  if (!m) return '#000000';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast against white is (1.05)/(L+0.05), against black (L+0.05)/0.05; pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** Series colours by the sector's place on the slide, skipping the highlight orange (series 2). */
const COLOUR_ORDER = [0, 2, 3, 4, 5, 7, 6, 1];
export function sectorColour(palette: Palette, sourceIndex: number): string {
  const slot = COLOUR_ORDER[sourceIndex % COLOUR_ORDER.length] ?? 0;
  return palette.series[slot] ?? palette.accent;
}

/** `colour` faded towards `background` (both #rrggbb): a muted fill whose text colour can still be chosen. */
export function fade(colour: string, background: string, amount: number): string {
  const parse = (c: string) => /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c.trim())?.slice(1, 4);
  const a = parse(colour);
  const b = parse(background);
  if (!a || !b) return colour;
  return `#${a
    .map((h, i) => {
      const v = Math.round(parseInt(h, 16) * (1 - amount) + parseInt(b[i] ?? '0', 16) * amount);
      return v.toString(16).padStart(2, '0');
    })
    .join('')}`;
}

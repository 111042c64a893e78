import type { Figure } from '../../data/schema';
import type { Language, TFunction } from '../../i18n';
import { formatFigure } from '../../i18n/format';

/** The value as a reader says it; a multiple gets its unit ("about 20 times"), other units are in the label. */
export function figureValueText(figure: Figure, lang: Language, t: TFunction): string {
  const value = formatFigure(figure, lang, t);
  return figure.unit === 'times' ? `${value} ${t('unit.times')}` : value;
}

/** The date to print beside a figure's label, unless the label already says it (growth points do). */
export function dateBesideLabel(label: string, date: string | null | undefined): string | null {
  return date && !label.includes(date) ? date : null;
}

import type { Figure } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatFigure } from '../../i18n/format';
import { pluralForm } from '../../i18n/plural';
import { useSubclustersText } from './subclusters.text';

/**
 * A figure with its unit in words and the right plural ("30 organisations", "1 проект", "10 субкластеров"),
 * worded by its qualifier ("more than 30 …") through the shared `formatFigure`.
 */
export function useFigureWords() {
  const { t, i18n } = useTranslation();
  const v = useSubclustersText();
  const lang = i18n.language;
  return (figure: Figure): string => {
    const value = formatFigure(figure, lang, t);
    const form = pluralForm(lang, figure.value);
    switch (figure.unit) {
      case 'organisations':
        return v(`chart.organisations.${form}`, { value });
      case 'projects':
        return v(`chart.projectsCount.${form}`, { value });
      case 'subclusters':
        return v(`facts.subclusters.${form}`, { value });
      default:
        return `${value} ${t(`unit.${figure.unit}`)}`;
    }
  };
}

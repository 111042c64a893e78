import { useCallback, useMemo } from 'react';
import type { Figure, Snapshot } from '../../data/schema';
import { defineViewText, useTranslation, type Language, type TFunction } from '../../i18n';
import { buildFigureRows } from '../../i18n/figure-index';
import { pluralEn, pluralForm, pluralRu } from '../../i18n/plural';
import { formatFigure, formatNumber } from '../../i18n/format';

/** The framework view's own interface strings; every text about the data comes from the snapshot. */
export const useFrameworkText = defineViewText({
  en: {
    lead: 'The paper behind this dashboard names eight features of a cluster in a large city and the theory behind each. Next to every feature stands what the presentation reports about MIC, with its figures, their sources and the view that shows them.',
    goals: { title: 'Research goals of the paper' },
    matrix: {
      title: 'Evidence at a glance',
      subtitle:
        'One tile per feature: squares count the MIC evidence items listed for it, dots the figures those items link to, drawn by kind. Select a tile to go to the feature.',
      derived:
        'Counts derived by the dashboard from the evidence list: they show how much evidence is listed, not how strong it is.',
      nav: 'Features at a glance',
      evidenceGlyph: 'evidence item',
      figureGlyph: 'linked figure',
    },
    count: {
      evidence: pluralEn('{{count}} evidence item', '{{count}} evidence items'),
      figures: pluralEn('{{count}} linked figure', '{{count}} linked figures'),
      missing: pluralEn('{{count}} figure not found', '{{count}} figures not found'),
    },
    comparison: {
      title: 'Eight features of an urban cluster, with MIC’s evidence',
      subtitle:
        'Each feature and the theory behind it, as in the paper’s table, next to what the presentation reports about MIC, with figures and sources.',
      colWhat: 'What',
      colWhy: 'Why + proof',
      colEvidence: 'MIC evidence',
      why: 'Why',
      proof: 'Proof',
      feature: 'Feature {{n}}',
      figures: 'Linked figures',
      seeView: 'See in {{view}}',
      noEvidence: 'The presentation gives no MIC evidence for this feature.',
      missingFigure: 'Figure “{{id}}” is not in this snapshot',
      selected: 'Feature {{n}} is highlighted.',
      clear: 'Clear highlight',
      evidenceSources: 'The sources of the evidence are cited under each item.',
      figureSource: 'Source: {{citation}}',
      allFigures: 'All figures above:',
      // Drawn only past the first few items, so the count is never 1.
      showAll: 'Show all {{count}} evidence items for feature {{n}}',
      showFirst: 'Show only the first {{count}}',
    },
    pairing: {
      title: 'How features and evidence are paired',
      scope: 'Applies to features {{list}}.',
      own: 'On this pairing',
    },
    discussion: {
      title: 'Discussion: micro-level collaboration or broad coordination?',
      subtitle: 'The presentation’s closing slide, as two facing lists.',
      micro: 'Micro-level collaboration',
      meso: 'Collective action as meso-level coordination (meta-organisation view)',
      vs: 'vs',
    },
    table: {
      frameworkCaption: 'The paper’s framework: eight features of an urban cluster',
      evidenceCaption: 'MIC evidence for each feature, with linked figures',
      n: 'No.',
      what: 'What',
      why: 'Why',
      proof: 'Proof',
      feature: 'Feature',
      evidence: 'Evidence',
      figures: 'Linked figures',
      view: 'View',
      source: 'Source',
      none: 'none',
      thisPage: 'this page',
    },
  } as const,
  ru: {
    lead: 'Авторы работы, на которой основан дашборд, называют восемь признаков кластера в крупном городе и теоретическое обоснование каждого. Рядом с каждым признаком — то, что презентация сообщает о МИК: показатели, их источники и раздел дашборда, где они показаны.',
    goals: { title: 'Цели исследования' },
    matrix: {
      title: 'Подтверждения: краткий обзор',
      subtitle:
        'Одна плитка — один признак: квадраты — число приведённых для него подтверждений из опыта МИК, точки — число связанных с ними показателей, нарисованных по виду. Нажмите на плитку, чтобы перейти к признаку.',
      derived:
        'Числа подсчитаны дашбордом по списку подтверждений: они показывают, сколько подтверждений приведено, а не насколько они убедительны.',
      nav: 'Признаки кратко',
      evidenceGlyph: 'подтверждение',
      figureGlyph: 'связанный показатель',
    },
    count: {
      evidence: pluralRu('{{count}} подтверждение', '{{count}} подтверждения', '{{count}} подтверждений'),
      figures: pluralRu(
        '{{count}} связанный показатель',
        '{{count}} связанных показателя',
        '{{count}} связанных показателей',
      ),
      missing: pluralRu(
        '{{count}} показатель не найден',
        '{{count}} показателя не найдены',
        '{{count}} показателей не найдено',
      ),
    },
    comparison: {
      title: 'Восемь признаков городского кластера и их проявления в МИК',
      subtitle:
        'Каждый признак и его теоретическое обоснование, как в таблице из работы, рядом с тем, что презентация сообщает о МИК, — с показателями и источниками.',
      colWhat: 'Что',
      colWhy: 'Почему + обоснование',
      colEvidence: 'Проявления в МИК',
      why: 'Почему',
      proof: 'Обоснование',
      feature: 'Признак {{n}}',
      figures: 'Связанные показатели',
      seeView: 'Смотреть в разделе «{{view}}»',
      noEvidence: 'Презентация не приводит для этого признака подтверждений из опыта МИК.',
      missingFigure: 'Показателя «{{id}}» в этом снимке данных нет',
      selected: 'Выделен признак {{n}}.',
      clear: 'Снять выделение',
      evidenceSources: 'Источники подтверждений указаны под каждым пунктом.',
      figureSource: 'Источник: {{citation}}',
      allFigures: 'Все показатели выше:',
      showAll: 'Показать все подтверждения признака {{n}} ({{count}})',
      showFirst: 'Показать только первые {{count}}',
    },
    pairing: {
      title: 'Как сопоставлены признаки и подтверждения',
      scope: 'Относится к признакам {{list}}.',
      own: 'Об этом сопоставлении',
    },
    discussion: {
      title: 'Дискуссия: кооперация на микроуровне или широкая координация?',
      subtitle: 'Заключительный слайд презентации: два списка друг напротив друга.',
      micro: 'Кооперация на микроуровне',
      meso: 'Коллективные действия как координация на мезоуровне (взгляд на кластер как на мета-организацию)',
      vs: 'или',
    },
    table: {
      frameworkCaption: 'Рамка из работы: восемь признаков городского кластера',
      evidenceCaption: 'Проявления признаков в МИК и связанные показатели',
      n: '№',
      what: 'Что',
      why: 'Почему',
      proof: 'Обоснование',
      feature: 'Признак',
      evidence: 'Подтверждение',
      figures: 'Связанные показатели',
      view: 'Раздел',
      source: 'Источник',
      none: 'нет',
      thisPage: 'эта страница',
    },
  },
});

type Countable = 'evidence' | 'figures' | 'missing';

/** "3 linked figures" / "3 связанных показателя": counts with the plural form the language needs. */
export function useCountText() {
  const t = useFrameworkText();
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useCallback(
    (what: Countable, count: number) => {
      return t(`count.${what}.${pluralForm(lang, count)}`, { count: formatNumber(count, lang) });
    },
    [t, lang],
  );
}

/** What each figure is ("Regional partners", "Share of members: Services"), by id, in the current language. */
export function useFigureLabels(snapshot: Snapshot): Map<string, string> {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => new Map(buildFigureRows(snapshot, i18n.language, t).map((row) => [row.figure.id, row.label])),
    [snapshot, i18n.language, t],
  );
}

/** The value as a reader says it; a multiple gets its unit ("about 20 times"), other units are in the label. */
export function figureValueText(figure: Figure, lang: Language, t: TFunction): string {
  const value = formatFigure(figure, lang, t);
  return figure.unit === 'times' ? `${value} ${t('unit.times')}` : value;
}

/** The date to print beside a figure's label, unless the label already says it (growth points do). */
export function dateBesideLabel(label: string, date: string | null | undefined): string | null {
  return date && !label.includes(date) ? date : null;
}

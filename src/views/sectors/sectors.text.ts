import { defineViewText, useTranslation } from '../../i18n';
import { pluralEn, pluralForm, pluralRu } from '../../i18n/plural';
import type { Figure, PartialDate } from '../../data/schema';
import type { Language } from '../../i18n';
import { formatFigure, formatPartialDate, formatValue, qualifierMark } from '../../i18n/format';
import { useMemo } from 'react';

/** The sector view's own interface text, in English and Russian. */
export const useSectorsText = defineViewText({
  en: {
    lead: 'Which industries the cluster’s members come from, and in which domains its innovation projects are. The presentation gives members’ sectors as shares; counts are derived by the dashboard from the total of 15,800 and drawn hatched. Hover over, focus or select a bar for its source.',
    toolbar: {
      label: 'Chart options',
      measure: 'Members as',
      share: 'Share',
      count: 'Number (derived)',
      sort: 'Order',
      value: 'Largest first',
      source: 'As in the source',
    },
    members: {
      title: 'Members by sector',
      subtitleShare: 'Share of all {{total}} members, in %, {{date}}',
      subtitleCount:
        'Number of members, derived by the dashboard: {{total}} members × the reported share, {{date}}',
      desc: 'Horizontal bar chart, {{n}} sectors. {{values}}. Use the arrow keys to move between bars and Enter to highlight one.',
      totalNote: 'Members: {{total}} organisations without regional partners ({{date}}).',
    },
    strip: {
      title: 'Shares of all members, adding up to {{sum}}',
      hint: 'Arrow keys move between segments; Enter highlights one.',
      more: 'and {{count}} more, each named at its bar below',
    },
    projects: {
      title: 'Innovation projects by domain',
      subtitle:
        '{{total}} projects on the platform, {{date}}. “Other domains” is the remainder, derived by the dashboard.',
      desc: 'Horizontal bar chart, {{n}} domains. {{values}}. Use the arrow keys to move between bars and Enter to highlight one.',
    },
    light: {
      title: 'Light manufacturing on the contract manufacturing exchange',
      subtitle: 'Added to the exchange in {{since}}; figures “in half a year”, so about {{asOf}}.',
      companies: 'in light manufacturing, on the exchange',
      regions: 'the regions these companies come from',
      added: 'Added to the exchange',
      asOf: 'Figures as of',
      inferred: 'inferred from “in half a year”, counted from {{since}}',
      months: 'Month bands: when light manufacturing was added, and the inferred month of the figures',
      halfYear: 'half a year',
    },
    tip: {
      share: 'Share of members',
      count: 'Members',
      projects: 'Projects',
      formula: 'Formula: {{formula}}',
      of: 'of {{total}} members',
      select: 'Select to highlight; select again to clear.',
    },
    detail: {
      label: 'Highlighted',
      clear: 'Clear highlight',
      share: '{{value}} of members ({{kind}})',
      derived: '{{count}}, derived: {{formula}}',
      reported: '{{count}} ({{kind}})',
    },
    legend: {
      highlighted: 'highlighted (select a bar; select again to clear)',
    },
    plural: {
      organisations: pluralEn('member', 'members'),
      projects: pluralEn('project', 'projects'),
      companies: pluralEn('company', 'companies'),
      regions: pluralEn('region', 'regions'),
    },
    tables: {
      members: 'Members by sector: shares as reported, counts derived from {{total}} members ({{date}})',
      projects: 'Innovation projects by domain: {{total}} in total, {{date}}',
      light: 'Light manufacturing on the contract manufacturing exchange (added in {{since}})',
      sector: 'Sector',
      domain: 'Domain',
      figure: 'Figure',
      share: 'Share of members',
      shareKind: 'Kind (share)',
      count: 'Members (derived)',
      countKind: 'Kind (members)',
      projectsCount: 'Projects',
      value: 'Value',
    },
  },
  ru: {
    lead: 'Из каких отраслей участники кластера и в каких областях его инновационные проекты. В презентации отрасли участников даны долями; численность рассчитана дашбордом от общего числа 15 800 и показана штриховкой. Наведите курсор на столбец, выберите его или перейдите к нему клавишей Tab, чтобы увидеть источник.',
    toolbar: {
      label: 'Настройки диаграмм',
      measure: 'Участники',
      share: 'Доля',
      count: 'Число (расчёт)',
      sort: 'Порядок',
      value: 'По убыванию',
      source: 'Как в источнике',
    },
    members: {
      title: 'Участники по отраслям',
      subtitleShare: 'Доля от общего числа участников ({{total}}), %, {{date}}',
      subtitleCount:
        'Число участников, рассчитано дашбордом: общее число ({{total}}) × доля отрасли, {{date}}',
      desc: 'Горизонтальная столбчатая диаграмма, отраслей: {{n}}. {{values}}. Стрелки переключают столбцы, Enter выделяет столбец.',
      totalNote: 'Участники: {{total}} — организации без учёта региональных партнёров ({{date}}).',
    },
    strip: {
      title: 'Доли всех участников, в сумме {{sum}}',
      hint: 'Стрелки переключают сегменты, Enter выделяет сегмент.',
      more: 'и ещё {{count}}: каждая подписана у своего столбца ниже',
    },
    projects: {
      title: 'Инновационные проекты по областям',
      subtitle:
        'Всего проектов на платформе: {{total}}, {{date}}. «Другие области» — остаток, рассчитанный дашбордом.',
      desc: 'Горизонтальная столбчатая диаграмма, областей: {{n}}. {{values}}. Стрелки переключают столбцы, Enter выделяет столбец.',
    },
    light: {
      title: 'Лёгкая промышленность на бирже контрактного производства',
      subtitle: 'Добавлена на биржу: {{since}}; данные «за полгода», то есть примерно {{asOf}}.',
      companies: 'лёгкой промышленности на бирже',
      regions: 'из которых эти компании',
      added: 'Добавлена на биржу',
      asOf: 'Данные на',
      inferred: 'выведено из слов «за полгода»; начало отсчёта — {{since}}',
      months: 'Полосы месяцев: когда добавлена лёгкая промышленность и выведенный месяц данных',
      halfYear: 'полгода',
    },
    tip: {
      share: 'Доля участников',
      count: 'Участники',
      projects: 'Проекты',
      formula: 'Формула: {{formula}}',
      of: 'от общего числа участников ({{total}})',
      select: 'Выберите, чтобы выделить; повторный выбор снимает выделение.',
    },
    detail: {
      label: 'Выделено',
      clear: 'Снять выделение',
      share: '{{value}} участников ({{kind}})',
      derived: '{{count}}, расчёт: {{formula}}',
      reported: '{{count}} ({{kind}})',
    },
    legend: {
      highlighted: 'выделено (выберите столбец; повторный выбор снимает выделение)',
    },
    plural: {
      organisations: pluralRu('участник', 'участника', 'участников'),
      projects: pluralRu('проект', 'проекта', 'проектов'),
      companies: pluralRu('компания', 'компании', 'компаний'),
      regions: pluralRu('регион', 'региона', 'регионов'),
    },
    tables: {
      members:
        'Участники по отраслям: доли по источнику, численность рассчитана от общего числа участников ({{total}}, {{date}})',
      projects: 'Инновационные проекты по областям: всего {{total}}, {{date}}',
      light: 'Лёгкая промышленность на бирже контрактного производства (добавлена: {{since}})',
      sector: 'Отрасль',
      domain: 'Область',
      figure: 'Показатель',
      share: 'Доля участников',
      shareKind: 'Вид (доля)',
      count: 'Участники (расчёт)',
      countKind: 'Вид (участники)',
      projectsCount: 'Проекты',
      value: 'Значение',
    },
  },
});

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

/** Phrases built from figures in the current language: "7,584 members", "32 проекта", "c. 2021 (year)". */
export function useSectorWords() {
  const st = useSectorsText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(
    () => ({
      lang,
      /** The value as worded, with its declined noun for counts. */
      counted: (f: Figure) => {
        const value = formatFigure(f, lang, t);
        return isCountUnit(f.unit)
          ? `${value} ${st(`plural.${f.unit}.${pluralForm(lang, f.value)}`)}`
          : value;
      },
      /** "c. 2021 (year)": the date as worded with its precision. */
      dated: (d: PartialDate) => `${formatPartialDate(d, lang, t)} (${t(`date.precision.${d.precision}`)})`,
      kind: (f: Figure) => t(`qualifier.${f.qualifier.kind}`),
      /** The formula of a derived figure, with "15 800" kept on one line. */
      formula: (f: Figure) =>
        f.qualifier.kind === 'derived'
          ? f.qualifier.formula[lang].replace(/(\d) (?=\d)/g, '$1\u00a0')
          : undefined,
    }),
    [st, t, lang],
  );
}

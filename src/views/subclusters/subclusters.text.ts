/** The sub-cluster view's own interface text, in English and Russian. */
import { defineViewText, useTranslation } from '../../i18n';
import { pluralEn, pluralForm, pluralRu } from '../../i18n/plural';
import type { Figure } from '../../data/schema';
import { formatFigure } from '../../i18n/format';

export const useSubclustersText = defineViewText({
  en: {
    lead: 'Sub-clusters are groups of MIC members that form around joint innovation projects. Compare each sub-cluster’s size and projects with the registration minimum, and see which fields they name as priorities.',
    facts: {
      heading: 'Sub-clusters in MIC',
      registered: 'Registered',
      firstCreated: 'First created',
      sizeRange: 'Size in the table',
      sizeRangeValue: '{{min}} ({{minName}}) to {{max}} ({{maxName}}) participants',
      discussion: 'The discussion slide says',
      rules: 'Requirements for creating a sub-cluster',
      none: 'no threshold figure',
      threshold: 'threshold: {{value}}',
      subclusters: pluralEn('{{value}} sub-cluster', '{{value}} sub-clusters'),
    },
    chart: {
      title: 'Size and projects of each sub-cluster',
      barsSubtitle:
        'Participating organisations (bars) and innovation projects (right); the dashed line is the registration minimum. Click or press Enter on a sub-cluster to highlight it.',
      scatterSubtitle:
        'Participating organisations (across) against innovation projects (up); the dashed line is the registration minimum. Click or press Enter on a point to highlight it.',
      kind: 'Chart',
      bars: 'Bars',
      scatter: 'Scatter',
      sortBy: 'Sort by',
      sort: {
        participants: 'Participants',
        projects: 'Projects',
        name: 'Name',
        source: 'Order in the source',
      },
      clearHighlight: 'Clear highlight',
      participants: 'Participants (organisations)',
      projects: 'Projects',
      thresholdTitle: 'Registration minimum',
      organisations: pluralEn('{{value}} organisation', '{{value}} organisations'),
      projectsCount: pluralEn('{{value}} project', '{{value}} projects'),
      barsAria:
        'Bar chart: participants and projects of {{count}} sub-clusters, with the registration minimum. Arrow keys move between sub-clusters; Enter highlights one.',
      scatterAria:
        'Scatter plot: participants against projects for {{count}} sub-clusters, with the registration minimum. Arrow keys move to the nearest sub-cluster in that direction; Enter highlights one.',
      markAria: '{{name}}: participants {{participants}}, projects {{projects}}',
      highlighted: 'highlighted',
      tipParticipants: 'Participants: {{value}}',
      tipProjects: 'Projects: {{value}}',
      tipDate: 'Date: {{date}}',
      key: 'Key to the numbered points',
      keyValues: 'participants {{participants}}, projects {{projects}}',
      keyShowAll: 'Show the key to all {{count}} points',
      keyShowFirst: 'Show only the first {{count}} in the key',
    },
    matrix: {
      title: 'Priority fields of the sub-clusters',
      subtitle:
        'Each field sits under the number of sub-clusters that name it; the stronger the colour, the more sub-clusters.',
      hint: 'Arrow keys move between fields, Home and End to the ends of a group.',
      grid: 'Priority fields by the number of sub-clusters naming them',
      namedBy: pluralEn('Named by {{count}} sub-cluster', 'Named by {{count}} sub-clusters'),
      fields: pluralEn('{{count}} field', '{{count}} fields'),
      noFields: 'no field',
      showAll: 'Show all {{count}} fields',
      showFirst: 'Show only the first {{count}} of each group',
      intensity: 'Number of sub-clusters naming a field',
      notItemised:
        'The presentation does not say which sub-cluster names which field; only the number of sub-clusters per field is reported.',
    },
    full: {
      title: 'Which sub-cluster names which field',
      subtitle:
        'Rows are sub-clusters, columns are fields (most often named first); a filled square means the sub-cluster names the field.',
      hint: 'Arrow keys move between cells.',
      grid: 'Sub-clusters and the priority fields they name',
      named: '{{subcluster}}: names {{field}}',
      notNamed: '{{subcluster}}: does not name {{field}}',
      notReported: '{{subcluster}}: fields not reported',
      rowNotReported: 'fields not reported',
      mismatch: 'The itemised fields do not add up to the reported count for: {{list}}.',
      mismatchItem: '{{field}} (itemised {{itemised}}, reported {{reported}})',
      legendNamed: 'names the field',
      legendNotNamed: 'does not name it',
    },
    table: {
      subclusters: 'Sub-clusters: participants and projects',
      rules: 'Requirements for creating a sub-cluster',
      fields: 'Priority fields: number of sub-clusters naming each',
      name: 'Sub-cluster',
      participants: 'Participants',
      projects: 'Projects',
      rule: 'Requirement',
      threshold: 'Threshold',
      field: 'Field',
      count: 'Sub-clusters naming it',
    },
  },
  ru: {
    lead: 'Субкластеры — объединения участников МИК вокруг совместных инновационных проектов. Сравните размер и число проектов каждого субкластера с минимумом для регистрации и посмотрите, какие приоритетные направления они называют.',
    facts: {
      heading: 'Субкластеры в МИК',
      registered: 'Зарегистрировано',
      firstCreated: 'Первый создан',
      sizeRange: 'Размер по таблице',
      sizeRangeValue: 'от {{min}} ({{minName}}) до {{max}} ({{maxName}}) участников',
      discussion: 'На слайде с дискуссией',
      rules: 'Требования к созданию субкластера',
      none: 'без порогового значения',
      threshold: 'порог: {{value}}',
      subclusters: pluralRu('{{value}} субкластер', '{{value}} субкластера', '{{value}} субкластеров'),
    },
    chart: {
      title: 'Размер и проекты каждого субкластера',
      barsSubtitle:
        'Организации-участники (столбцы) и инновационные проекты (справа); пунктир — минимум для регистрации. Щёлкните субкластер или нажмите Enter, чтобы выделить его.',
      scatterSubtitle:
        'Организации-участники (по горизонтали) и инновационные проекты (по вертикали); пунктир — минимум для регистрации. Щёлкните точку или нажмите Enter, чтобы выделить её.',
      kind: 'График',
      bars: 'Столбцы',
      scatter: 'Точки',
      sortBy: 'Сортировка',
      sort: {
        participants: 'По участникам',
        projects: 'По проектам',
        name: 'По названию',
        source: 'Как в источнике',
      },
      clearHighlight: 'Снять выделение',
      participants: 'Участники (организации)',
      projects: 'Проекты',
      thresholdTitle: 'Минимум для регистрации',
      organisations: pluralRu('{{value}} организация', '{{value}} организации', '{{value}} организаций'),
      projectsCount: pluralRu('{{value}} проект', '{{value}} проекта', '{{value}} проектов'),
      barsAria:
        'Столбчатая диаграмма: участники и проекты {{count}} субкластеров и минимум для регистрации. Стрелки перемещают между субкластерами, Enter выделяет субкластер.',
      scatterAria:
        'Точечная диаграмма: участники и проекты {{count}} субкластеров и минимум для регистрации. Стрелки переходят к ближайшему субкластеру в их направлении, Enter выделяет субкластер.',
      markAria: '{{name}}: участников {{participants}}, проектов {{projects}}',
      highlighted: 'выделен',
      tipParticipants: 'Участники: {{value}}',
      tipProjects: 'Проекты: {{value}}',
      tipDate: 'Дата: {{date}}',
      key: 'Расшифровка номеров точек',
      keyValues: 'участников {{participants}}, проектов {{projects}}',
      keyShowAll: 'Показать расшифровку всех точек ({{count}})',
      keyShowFirst: 'Оставить в расшифровке только первые {{count}}',
    },
    matrix: {
      title: 'Приоритетные направления субкластеров',
      subtitle:
        'Каждое направление стоит под числом субкластеров, которые его называют; чем насыщеннее цвет, тем их больше.',
      hint: 'Стрелки перемещают между направлениями, Home и End — к краям группы.',
      grid: 'Приоритетные направления по числу называющих их субкластеров',
      namedBy: pluralRu(
        'Называет {{count}} субкластер',
        'Называют {{count}} субкластера',
        'Называют {{count}} субкластеров',
      ),
      fields: pluralRu('{{count}} направление', '{{count}} направления', '{{count}} направлений'),
      noFields: 'нет направлений',
      showAll: 'Показать все направления ({{count}})',
      showFirst: 'Показать только первые {{count}} в каждой группе',
      intensity: 'Число субкластеров, называющих направление',
      notItemised:
        'В презентации не указано, какой субкластер называет какое направление; приводится только число субкластеров для каждого направления.',
    },
    full: {
      title: 'Какой субкластер называет какое направление',
      subtitle:
        'Строки — субкластеры, столбцы — направления (сначала самые частые); закрашенный квадрат означает, что субкластер называет направление.',
      hint: 'Стрелки перемещают между ячейками.',
      grid: 'Субкластеры и называемые ими приоритетные направления',
      named: '{{subcluster}}: называет направление «{{field}}»',
      notNamed: '{{subcluster}}: не называет направление «{{field}}»',
      notReported: '{{subcluster}}: направления не указаны',
      rowNotReported: 'направления не указаны',
      mismatch: 'Перечень по субкластерам не сходится с указанным числом для направлений: {{list}}.',
      mismatchItem: '{{field}} (по перечню {{itemised}}, по источнику {{reported}})',
      legendNamed: 'называет направление',
      legendNotNamed: 'не называет',
    },
    table: {
      subclusters: 'Субкластеры: участники и проекты',
      rules: 'Требования к созданию субкластера',
      fields: 'Приоритетные направления: число называющих их субкластеров',
      name: 'Субкластер',
      participants: 'Участники',
      projects: 'Проекты',
      rule: 'Требование',
      threshold: 'Порог',
      field: 'Направление',
      count: 'Число субкластеров',
    },
  },
});

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

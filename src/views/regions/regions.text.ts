import { defineViewText, useTranslation } from '../../i18n';
import type { Snapshot } from '../../data/schema';
import { formatFigure, formatValue } from '../../i18n/format';
import { coreCompanions, type RegionCategory, type SubjectRow } from './regions-series';

/** The regions view's own strings, English and Russian. */
export const useRegionsText = defineViewText({
  en: {
    lead: 'Since May 2020 companies from other Russian regions can join MIC as partners. The source names only eight of the regions they come from and gives no count for any single region; the map shows exactly that much.',
    stats: {
      heading: 'Partner figures',
      partners: 'Regional partners',
      partnersHint: 'companies from other regions',
      regions: 'Regions with partners',
      regionsHint: 'federal subjects',
      opened: 'Open to regions since',
      openedHint: 'companies from other regions may join as partners',
      coreShare: 'Moscow Oblast and St Petersburg',
      coreShareHint: 'of partners, the two regions combined',
      asOf: 'as of {{date}}',
      source: 'Source',
    },
    map: {
      title: 'Partner regions by federal subject',
      subtitleTiles:
        'One equal tile per federal subject, placed roughly where it lies, so that small regions are as visible as large ones.',
      subtitleGeo:
        'Russia’s outline in a conic projection, with a marker at the administrative centre of every region the source names.',
      modeLabel: 'Map type',
      mode: { tiles: 'Tile grid', geo: 'Geographic' },
      ariaTiles:
        'Tile map of Russia’s {{count}} federal subjects by partner category. Use the arrow keys to move between tiles and Enter to show a region’s details.',
      ariaGeo:
        'Map of Russia with markers at the administrative centres of the {{count}} regions the source names. Use the arrow keys to move between markers and Enter to show a region’s details.',
      keyboardHint: 'Arrow keys move between tiles; Enter or a click shows a region’s details.',
      keyboardHintGeo: 'Arrow keys move between markers; Enter or a click shows a region’s details.',
      outlineNote: 'Outline: Natural Earth (public domain).',
      outlineLoading: 'Loading the outline of Russia…',
      outlineError: 'The outline of Russia could not be loaded ({{detail}}). The tile grid still works.',
      retry: 'Try again',
      showTiles: 'Show the tile grid',
      legendTitle: 'Categories',
      tileNote:
        'Tiles show the subjects as ISO 3166-2:RU lists them (83, without Crimea and Sevastopol); their positions are schematic.',
    },
    category: {
      core: 'Core partner region',
      coreLegend: 'Moscow Oblast and St Petersburg: {{share}} of partners, the two combined',
      coreShort: 'core',
      named: 'Named partner region',
      namedLegend: 'named in the source; partner count not reported',
      namedShort: 'named',
      home: 'Moscow, the cluster’s home',
      homeLegend: 'the city of Moscow: home of the cluster’s participants, not a partner region',
      homeShort: 'home',
      other: 'Not itemised',
      otherLegend:
        '{{count}} more of the {{total}} regions, not named in the source: which subjects they are is not reported',
      otherShort: 'not itemised',
      reported: 'Partner count reported',
      reportedLegend: 'partner count as the source reports it',
    },
    tip: {
      category: 'Category',
      partners: 'Partners',
      coreShare: '{{share}} of partners together with {{other}}',
      coreShareTable: '{{share}} together with {{other}}',
      source: 'Source',
      noSource: 'not in the source',
      capital: 'Administrative centre',
      district: 'Federal district',
      otherNote: 'May or may not be among the {{total}} regions with partners: the source does not say.',
      homeNote: 'Moscow companies join as participants; the partner figures count other regions.',
    },
    district: {
      central: 'Central',
      northwestern: 'Northwestern',
      southern: 'Southern',
      'north-caucasian': 'North Caucasian',
      volga: 'Volga',
      ural: 'Ural',
      siberian: 'Siberian',
      'far-eastern': 'Far Eastern',
    },
    details: {
      heading: '{{name}} ({{code}})',
      close: 'Clear selection',
      prompt: 'Select a tile or marker to see a region’s details here.',
    },
    choropleth: {
      legend: 'Partners per region',
      notReported: 'named, count not reported',
    },
    services: {
      title: 'Platform services open to regional partners',
      subtitle:
        'Access of partner companies from other regions to the {{count}} services of the i.moscow platform.',
      filterLabel: 'Access',
      access: {
        all: 'All',
        full: 'Full access',
        limited: 'Limited access',
        none: 'No access',
      },
      symbolName: { full: 'plus', limited: 'half', none: 'minus' },
      count: '{{count}} of {{total}} services listed',
      showAll: 'Show all {{count}} services: {{level}}',
      showFirst: 'Show only the first {{count}}',
      empty: 'No service listed has this access level.',
      listLabel: 'Services: {{filter}}',
    },
    agreements: {
      title: 'International partners',
      subtitle: 'Cooperation agreements the presentation names.',
      dateNotGiven: 'date not given in the sources',
      signed: 'Signed {{date}}',
      country: 'Country',
      showAll: 'Show all {{count}} agreements',
      showFirst: 'Show only the first {{count}}',
    },
    table: {
      headlineCaption: 'Regional partner figures',
      regionsCaption: 'Russia’s {{count}} federal subjects by partner category',
      servicesCaption: 'Platform services and the access of regional partners ({{count}} listed)',
      agreementsCaption: 'International cooperation agreements',
      col: {
        figure: 'Figure',
        subject: 'Federal subject',
        code: 'Code',
        district: 'Federal district',
        category: 'Category',
        partners: 'Partners',
        service: 'Service',
        access: 'Access for regional partners',
        partner: 'Partner',
        country: 'Country',
        date: 'Date',
        source: 'Source',
      },
      opened: 'Opened to companies from other regions',
    },
  },
  ru: {
    lead: 'С мая 2020 года компании из других регионов России могут присоединяться к МИК как партнёры. Источник называет лишь восемь регионов, откуда они, и не приводит числа партнёров ни для одного отдельного региона; карта показывает ровно это.',
    stats: {
      heading: 'Показатели партнёрства',
      partners: 'Региональные партнёры',
      partnersHint: 'компании из других регионов',
      regions: 'Регионы с партнёрами',
      regionsHint: 'субъекты федерации',
      opened: 'Открыт для регионов с',
      openedHint: 'компании из других регионов могут стать партнёрами',
      coreShare: 'Московская область и Санкт-Петербург',
      coreShareHint: 'партнёров, два региона вместе',
      asOf: 'на {{date}}',
      source: 'Источник',
    },
    map: {
      title: 'Регионы-партнёры по субъектам федерации',
      subtitleTiles:
        'Каждый субъект — одна равная клетка примерно там, где он расположен, чтобы маленькие регионы были видны не хуже больших.',
      subtitleGeo:
        'Контур России в конической проекции с отметкой в административном центре каждого региона, названного в источнике.',
      modeLabel: 'Вид карты',
      mode: { tiles: 'Сетка', geo: 'География' },
      ariaTiles:
        'Сеточная карта {{count}} субъектов России по категориям партнёрства. Стрелки перемещают между клетками, Enter показывает сведения о регионе.',
      ariaGeo:
        'Карта России с отметками в административных центрах {{count}} регионов, названных в источнике. Стрелки перемещают между отметками, Enter показывает сведения о регионе.',
      keyboardHint: 'Стрелки перемещают между клетками; Enter или щелчок показывает сведения о регионе.',
      keyboardHintGeo: 'Стрелки перемещают между отметками; Enter или щелчок показывает сведения о регионе.',
      outlineNote: 'Контур: Natural Earth (общественное достояние).',
      outlineLoading: 'Загрузка контура России…',
      outlineError: 'Не удалось загрузить контур России ({{detail}}). Сеточная карта по-прежнему доступна.',
      retry: 'Повторить',
      showTiles: 'Показать сетку',
      legendTitle: 'Категории',
      tileNote:
        'Клетки — субъекты по ISO 3166-2:RU (83, без Крыма и Севастополя); их расположение схематично.',
    },
    category: {
      core: 'Основной регион-партнёр',
      coreLegend: 'Московская область и Санкт-Петербург: {{share}} партнёров, два региона вместе',
      coreShort: 'основной',
      named: 'Названный регион-партнёр',
      namedLegend: 'назван в источнике; число партнёров не приводится',
      namedShort: 'назван',
      home: 'Москва — дом кластера',
      homeLegend: 'город Москва: здесь участники кластера, это не регион-партнёр',
      homeShort: 'дом кластера',
      other: 'Не названы',
      otherLegend:
        'ещё {{count}} из {{total}} регионов, не названных в источнике: какие это субъекты, не сообщается',
      otherShort: 'не назван',
      reported: 'Число партнёров приведено',
      reportedLegend: 'число партнёров по данным источника',
    },
    tip: {
      category: 'Категория',
      partners: 'Партнёры',
      coreShare: '{{share}} партнёров вместе с регионом «{{other}}»',
      coreShareTable: '{{share}} вместе с регионом «{{other}}»',
      source: 'Источник',
      noSource: 'в источнике нет',
      capital: 'Административный центр',
      district: 'Федеральный округ',
      otherNote:
        'Может входить или не входить в {{total}} регионов с партнёрами: источник этого не сообщает.',
      homeNote:
        'Московские компании вступают как участники; показатели партнёров относятся к другим регионам.',
    },
    district: {
      central: 'Центральный',
      northwestern: 'Северо-Западный',
      southern: 'Южный',
      'north-caucasian': 'Северо-Кавказский',
      volga: 'Приволжский',
      ural: 'Уральский',
      siberian: 'Сибирский',
      'far-eastern': 'Дальневосточный',
    },
    details: {
      heading: '{{name}} ({{code}})',
      close: 'Снять выбор',
      prompt: 'Выберите клетку или отметку, чтобы увидеть здесь сведения о регионе.',
    },
    choropleth: {
      legend: 'Партнёров в регионе',
      notReported: 'назван, число не приводится',
    },
    services: {
      title: 'Сервисы платформы для региональных партнёров',
      subtitle: 'Доступ компаний-партнёров из других регионов к {{count}} сервисам платформы i.moscow.',
      filterLabel: 'Доступ',
      access: {
        all: 'Все',
        full: 'Полный доступ',
        limited: 'Ограниченный доступ',
        none: 'Нет доступа',
      },
      symbolName: { full: 'плюс', limited: 'половина', none: 'минус' },
      count: '{{count}} из {{total}} перечисленных сервисов',
      showAll: 'Показать все сервисы: {{level}} ({{count}})',
      showFirst: 'Показать только первые {{count}}',
      empty: 'Ни у одного из перечисленных сервисов нет такого уровня доступа.',
      listLabel: 'Сервисы: {{filter}}',
    },
    agreements: {
      title: 'Международные партнёры',
      subtitle: 'Соглашения о сотрудничестве, названные в презентации.',
      dateNotGiven: 'дата в источниках не указана',
      signed: 'Подписано {{date}}',
      country: 'Страна',
      showAll: 'Показать все соглашения ({{count}})',
      showFirst: 'Показать только первые {{count}}',
    },
    table: {
      headlineCaption: 'Показатели региональных партнёров',
      regionsCaption: '{{count}} субъектов России по категориям партнёрства',
      servicesCaption: 'Сервисы платформы и доступ региональных партнёров (перечислено {{count}})',
      agreementsCaption: 'Международные соглашения о сотрудничестве',
      col: {
        figure: 'Показатель',
        subject: 'Субъект федерации',
        code: 'Код',
        district: 'Федеральный округ',
        category: 'Категория',
        partners: 'Партнёры',
        service: 'Сервис',
        access: 'Доступ для региональных партнёров',
        partner: 'Партнёр',
        country: 'Страна',
        date: 'Дата',
        source: 'Источник',
      },
      opened: 'Открыт для компаний из других регионов',
    },
  },
});

type RegionsText = ReturnType<typeof useRegionsText>;

export function categoryLabel(rt: RegionsText, category: RegionCategory): string {
  return rt(`category.${category}`);
}

/** "more than 6,500", or "not reported" when the source gives no count for the region. */
export function usePartnerText() {
  const { t, i18n } = useTranslation();
  return (row: SubjectRow) =>
    row.partners ? formatFigure(row.partners, i18n.language, t) : t('qualifier.notReported');
}

/** The core share said of the pair, never split: "70% of partners together with Saint Petersburg". */
export function useCoreShareText(snapshot: Snapshot, key: 'tip.coreShare' | 'tip.coreShareTable') {
  const rt = useRegionsText();
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (row: SubjectRow) => {
    if (row.category !== 'core') return null;
    const others = coreCompanions(snapshot, row.code).map((n) => n[lang]);
    return rt(key, { share: formatValue(snapshot.regions.coreShare, lang), other: others.join(', ') });
  };
}

import { defineViewText } from '../i18n';

/** The offline note and update prompt, kept out of the first load with the module that shows them. */
export const useOfflineText = defineViewText({
  en: {
    ready: 'Available offline',
    readyHint: 'This browser has saved the site and its data: it opens without a network.',
    update: 'A new version of the dashboard is available.',
    reload: 'Update available: reload',
  },
  ru: {
    ready: 'Доступно офлайн',
    readyHint: 'Браузер сохранил сайт и его данные: он открывается без сети.',
    update: 'Доступна новая версия дашборда.',
    reload: 'Доступно обновление: перезагрузить',
  },
} as const);

import { defineViewText } from '../i18n';
import { pluralEn, pluralRu } from '../i18n/plural';

/** Said of a list drawn as a window (charts/windowing.ts), so that its length is known without scrolling it. */
export const useWindowingText = defineViewText({
  en: {
    rows: pluralEn('{{count}} row, drawn as you scroll', '{{count}} rows, drawn as you scroll'),
    items: pluralEn('{{count}} entry, drawn as you scroll', '{{count}} entries, drawn as you scroll'),
  },
  ru: {
    rows: pluralRu(
      '{{count}} строка, показываются по мере прокрутки',
      '{{count}} строки, показываются по мере прокрутки',
      '{{count}} строк, показываются по мере прокрутки',
    ),
    items: pluralRu(
      '{{count}} запись, показываются по мере прокрутки',
      '{{count}} записи, показываются по мере прокрутки',
      '{{count}} записей, показываются по мере прокрутки',
    ),
  },
});

import { defineViewText } from '../i18n';

/**
 * Everything said about a snapshot the user opened (the banner, the open panel, download stamps, citations),
 * kept out of the first load with the modules that show it.
 */
export const useOwnSnapshotText = defineViewText({
  en: {
    bannerLabel: 'Your snapshot',
    banner: 'Your snapshot: {{title}}, loaded from {{origin}}, not published',
    bannerHint: 'Every figure on this page comes from this file, kept only in this browser.',
    backToPublished: 'Back to the published data',
    compareWithPublished: 'Compare with the published data',
    remove: 'Remove it from this browser',
    stamp: 'Your snapshot: {{title}}, loaded from {{origin}}, not published',
    open: 'Open a snapshot',
    panelLead:
      'Open a snapshot file of your own: it is checked like the published one, kept in this browser until you remove it, and never uploaded.',
    chooseFile: 'Choose a JSON file',
    dropHint: 'or drop the file anywhere on this page.',
    dropHere: 'Drop the snapshot file to open it',
    urlLabel: 'Or open from an address (http or https)',
    openUrl: 'Open from the URL',
    checking: 'Checking {{origin}}…',
    notHttp: 'Only http:// and https:// addresses can be opened: “{{url}}” is not one.',
    unreachable:
      'Could not fetch {{url}}: the server did not answer, or it does not let other sites read its files (CORS). Download the file and open it from your computer instead.',
    httpStatus: 'Could not fetch {{url}}: the server answered HTTP {{status}}.',
    notOpened: 'This file was not opened; the data shown is unchanged',
  },
  ru: {
    bannerLabel: 'Ваш снимок',
    banner: 'Ваш снимок: {{title}}, загружен из {{origin}}, не опубликован',
    bannerHint: 'Все числа на этой странице взяты из этого файла, который хранится только в этом браузере.',
    backToPublished: 'Вернуться к опубликованным данным',
    compareWithPublished: 'Сравнить с опубликованными данными',
    remove: 'Удалить из этого браузера',
    stamp: 'Ваш снимок: {{title}}, загружен из {{origin}}, не опубликован',
    open: 'Открыть снимок',
    panelLead:
      'Откройте собственный файл снимка: он проверяется так же, как опубликованный, хранится в этом браузере, пока вы его не удалите, и никуда не загружается.',
    chooseFile: 'Выбрать файл JSON',
    dropHint: 'или перетащите файл в любое место страницы.',
    dropHere: 'Отпустите файл снимка, чтобы открыть его',
    urlLabel: 'Или открыть по адресу (http или https)',
    openUrl: 'Открыть по адресу',
    checking: 'Проверяется {{origin}}…',
    notHttp: 'Открыть можно только адреса http:// и https://, а «{{url}}» не такой.',
    unreachable:
      'Не удалось загрузить {{url}}: сервер не ответил или не разрешает другим сайтам читать свои файлы (CORS). Скачайте файл и откройте его со своего компьютера.',
    httpStatus: 'Не удалось загрузить {{url}}: сервер ответил HTTP {{status}}.',
    notOpened: 'Этот файл не открыт; показанные данные не изменились',
  },
});

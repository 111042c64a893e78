import { defineViewText } from '../i18n';

/** Words of `/embed/<view>/<chart>` and of the embed index's chart list. */
export const useEmbedChartText = defineViewText({
  en: {
    unknownTitle: 'No such chart',
    unknown: '“{{chart}}” is not a chart of {{view}}. Its charts are:',
    notDrawnTitle: 'Not drawn for this snapshot',
    notDrawn:
      'This chart shows something the snapshot “{{snapshot}}” does not report, so it is not drawn. The view’s other charts:',
    charts: 'Single charts',
  },
  ru: {
    unknownTitle: 'Такого графика нет',
    unknown: '«{{chart}}» — не график раздела «{{view}}». Его графики:',
    notDrawnTitle: 'Для этого снимка не строится',
    notDrawn:
      'Этот график показывает то, о чём снимок «{{snapshot}}» не сообщает, поэтому он не строится. Другие графики раздела:',
    charts: 'Отдельные графики',
  },
});

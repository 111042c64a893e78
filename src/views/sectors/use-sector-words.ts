import { useMemo } from 'react';
import type { Figure, PartialDate } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatFigure, formatPartialDate } from '../../i18n/format';
import { pluralForm } from '../../i18n/plural';
import { isCountUnit } from './sectors-format';
import { useSectorsText } from './sectors.text';

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

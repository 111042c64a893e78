import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatFigure, formatValue } from '../../i18n/format';
import { useRegionsText } from './regions.text';
import { coreCompanions, type RegionCategory, type SubjectRow } from './regions-series';

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

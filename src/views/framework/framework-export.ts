/**
 * The CSV/JSON download of the comparison: one row per evidence item with its feature, the seed's
 * why and proof, the linked figures as worded and their ids, and the citations. Pure, so it is tested.
 */
import type { Language, TFunction } from '../../i18n';
import { formatPartialDate } from '../../i18n/format';
import { figureValueText } from './framework.text';
import type { ShapedFeature } from './framework-series';

export function comparisonExportRows(
  features: readonly ShapedFeature[],
  labels: ReadonlyMap<string, string>,
  lang: Language,
  t: TFunction,
): Record<string, string | number>[] {
  return features.flatMap((feature) => {
    const base = {
      feature: feature.n,
      what: feature.what[lang],
      why: feature.why[lang],
      proof: feature.proof.join('; '),
    };
    // A feature without evidence still gets its row, so the download holds all eight features.
    if (feature.evidence.length === 0)
      return [{ ...base, evidence: '', view: '', figures: '', figure_ids: '', source: '', locator: '' }];
    return feature.evidence.map((e) => ({
      ...base,
      evidence: e.text[lang],
      view: e.view ?? '',
      figures: e.figures
        .map((f) => {
          const date = f.date ? `, ${formatPartialDate(f.date, lang, t)}` : '';
          return `${figureValueText(f, lang, t)} ${labels.get(f.id) ?? f.id} (${t(`qualifier.${f.qualifier.kind}`)}${date})`;
        })
        .join('; '),
      figure_ids: [...e.figures.map((f) => f.id), ...e.unresolved].join('; '),
      source: e.sources.map((c) => c.source).join('; '),
      locator: e.sources.map((c) => c.locator).join('; '),
    }));
  });
}

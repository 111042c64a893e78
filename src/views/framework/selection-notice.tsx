import { useTranslation } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { numberRuns, type ShapedFeature } from './framework-series';
import { useFrameworkText } from './framework.text';

/** Says which feature `?feature=` highlights (with a way out), or that the number names no feature. */
export function SelectionNotice({
  selected,
  missing,
  features,
  onClear,
}: {
  selected: number | undefined;
  missing: number | undefined;
  features: readonly ShapedFeature[];
  onClear: () => void;
}) {
  const ft = useFrameworkText();
  const { i18n } = useTranslation();
  if (missing !== undefined)
    return (
      <p className="notice notice--inline" role="status">
        {ft('comparison.missingFeature', {
          n: formatNumber(missing, i18n.language),
          range: numberRuns(features.map((f) => f.n)),
        })}
      </p>
    );
  if (selected === undefined) return null;
  return (
    <p className="framework-selection" role="status">
      <span>{ft('comparison.selected', { n: selected })}</span>
      <button type="button" className="chip" onClick={onClear}>
        {ft('comparison.clear')}
      </button>
    </p>
  );
}

import { useTranslation } from '../i18n';
import { QUALIFIER_KINDS, type Qualifier } from '../data/schema';

type Kind = Qualifier['kind'];

/**
 * Explains how the chart draws each kind of figure. Lists only the kinds present, so the legend never
 * describes a mark that is not on screen. The marks match `qualifierMark` and the chart styles:
 * filled = as reported, open = lower bound, dashed outline = approximate, hatched = derived.
 */
export function QualifierLegend({ kinds }: { kinds: readonly Kind[] }) {
  const { t } = useTranslation();
  const present = QUALIFIER_KINDS.filter((k) => kinds.includes(k));
  if (present.length === 0) return null;
  return (
    <ul className="qualifier-legend" aria-label={t('chart.kindsLegend')}>
      {present.map((kind) => (
        <li key={kind}>
          <svg
            width="14"
            height="14"
            aria-hidden="true"
            className={`qualifier-swatch qualifier-swatch--${kind}`}
          >
            <rect x="1.5" y="1.5" width="11" height="11" rx="2" />
          </svg>
          {t(`chart.kind.${kind}`)}
        </li>
      ))}
    </ul>
  );
}

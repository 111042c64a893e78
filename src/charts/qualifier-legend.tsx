import { useTranslation } from '../i18n';
import { QUALIFIER_KINDS } from '../data/schema-enums';
import type { FigureKind } from './figure-kinds';
import { KindSwatch } from './kind-marks';
import { usePalette } from '../ui/palette';

/**
 * Explains how the chart draws each kind of figure. Lists only the kinds present, so the legend never
 * describes a mark that is not on screen. The swatches are drawn by `kindPaint`, as every chart's marks are.
 */
export function QualifierLegend({ kinds }: { kinds: readonly FigureKind[] }) {
  const { t } = useTranslation();
  const palette = usePalette();
  const present = QUALIFIER_KINDS.filter((k) => kinds.includes(k));
  if (present.length === 0) return null;
  return (
    <ul className="qualifier-legend" aria-label={t('chart.kindsLegend')}>
      {present.map((kind) => (
        <li key={kind}>
          <KindSwatch kind={kind} colour={palette.muted} background={palette.background} />
          {t(`chart.kind.${kind}`)}
        </li>
      ))}
    </ul>
  );
}

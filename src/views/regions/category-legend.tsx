import { useId } from 'react';
import type { Palette } from '../../ui/palette';
import { QualifierLegend } from '../../charts/qualifier-legend';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatNumber, formatValue } from '../../i18n/format';
import { MapPatterns } from './map-patterns';
import { categoryStyle, type MarkStyle, type PatternIds } from './map-styles';
import { MarkerShape } from './marker-shape';
import { useRegionsText } from './regions.text';
import {
  CATEGORY_ORDER,
  countByCategory,
  type Choropleth,
  type RegionCategory,
  type SubjectRow,
} from './regions-series';
import { unnamedPartnerRegions } from '../../data/partner-regions';

/**
 * The map's key: every category with its swatch (tile or marker, matching the map), how many subjects it
 * has, and what the source does and does not say about it. With per-region counts it adds the classes.
 */
export function CategoryLegend({
  snapshot,
  rows,
  palette,
  mode,
  scale,
}: {
  snapshot: Snapshot;
  rows: readonly SubjectRow[];
  palette: Palette;
  mode: 'tiles' | 'geo';
  scale: Choropleth | null;
}) {
  const rt = useRegionsText();
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids: PatternIds = { named: `${uid}-named`, notReported: `${uid}-nr` };
  const unnamed = unnamedPartnerRegions(snapshot);
  const counts = countByCategory(rows);
  const unreported = rows.filter(
    (r) => (r.category === 'core' || r.category === 'named') && !r.partners,
  ).length;
  const describe: Record<RegionCategory, string> = {
    core: rt('category.coreLegend', { share: formatValue(snapshot.regions.coreShare, lang) }),
    named: rt('category.namedLegend'),
    home: rt('category.homeLegend'),
    other: unnamed ? rt('category.otherLegend', unnamed) : '',
  };
  // Categories drawn on this map: the geographic map marks only the regions the source names.
  const shown = CATEGORY_ORDER.filter((c) => counts[c] > 0 && (mode === 'tiles' || c !== 'other'));
  // With per-region counts, core and named regions are coloured by their count; the swatch then marks
  // those without one, and the core entry only says what the combined share means.
  const entries: LegendEntry[] = shown.flatMap((category): LegendEntry[] => {
    const entry = {
      key: category,
      category,
      style: categoryStyle(category, palette, ids) as MarkStyle | null,
      title: rt(`category.${category}`),
      count: counts[category],
      text: describe[category],
    };
    if (!scale || category === 'home' || category === 'other') return [entry];
    if (category === 'core') return [{ ...entry, style: null }];
    return unreported > 0
      ? [
          {
            ...entry,
            style: {
              ...categoryStyle('named', palette, ids),
              fill: `url(#${ids.notReported})`,
              stroke: palette.muted,
            },
            title: rt('choropleth.notReported'),
            count: unreported,
            text: '',
          },
        ]
      : [];
  });

  return (
    <div className="regions-legend">
      <svg width="0" height="0" aria-hidden="true" className="regions-legend__defs">
        <MapPatterns ids={ids} palette={palette} />
      </svg>
      {scale && <ClassLegend scale={scale} lang={lang} />}
      <ul className="regions-legend__list" aria-label={rt('map.legendTitle')}>
        {entries.map((e) => (
          <li key={e.key} className="regions-legend__item">
            {e.style ? (
              <Swatch style={e.style} mode={mode} category={e.category} />
            ) : (
              <span className="regions-legend__swatch" aria-hidden="true" />
            )}
            <span>
              <strong>{e.title}</strong> ({formatNumber(e.count, lang)}){e.text && <> — {e.text}</>}
            </span>
          </li>
        ))}
        {mode === 'geo' && unnamed && (
          <li className="regions-legend__item">
            <span className="regions-legend__swatch" aria-hidden="true" />
            <span>
              <strong>{rt('category.other')}</strong> — {describe.other}
            </span>
          </li>
        )}
      </ul>
    </div>
  );
}

interface LegendEntry {
  key: string;
  category: RegionCategory;
  style: MarkStyle | null;
  title: string;
  count: number;
  text: string;
}

function Swatch({
  style,
  mode,
  category,
}: {
  style: MarkStyle;
  mode: 'tiles' | 'geo';
  category: RegionCategory;
}) {
  return (
    <svg width="18" height="18" aria-hidden="true" className="regions-legend__swatch">
      {mode === 'tiles' ? (
        <rect
          x={style.strokeWidth / 2 + 1}
          y={style.strokeWidth / 2 + 1}
          width={16 - style.strokeWidth}
          height={16 - style.strokeWidth}
          rx="2"
          fill={style.fill}
          stroke={style.stroke}
          strokeWidth={style.strokeWidth}
          strokeDasharray={style.dash}
        />
      ) : (
        <MarkerShape category={category} style={style} x={9} y={9} r={6} />
      )}
    </svg>
  );
}

/** The classes of the sequential scale, low to high, with the qualifier kinds of the counts drawn. */
function ClassLegend({ scale, lang }: { scale: Choropleth; lang: 'en' | 'ru' }) {
  const rt = useRegionsText();
  return (
    <div className="regions-classes">
      <span className="regions-classes__title">{rt('choropleth.legend')}</span>
      <ol className="regions-classes__list">
        {scale.colours.map((colour, i) => (
          <li key={colour}>
            <svg width="28" height="14" aria-hidden="true">
              <rect width="28" height="14" fill={colour} />
            </svg>
            <span>
              {formatNumber(scale.breaks[i] ?? 0, lang)}–{formatNumber(scale.breaks[i + 1] ?? 0, lang)}
            </span>
          </li>
        ))}
      </ol>
      <QualifierLegend kinds={scale.kinds} />
    </div>
  );
}

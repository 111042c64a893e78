import { GLYPH, GLYPH_BG } from './framework-glyph';
import { kindGlyphStyle } from '../../charts/figure-kinds';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useEmbed } from '../../lib/embed-context';
import { QualifierLegend } from '../../charts/qualifier-legend';
import { useTranslation } from '../../i18n';
import { writeParams } from '../../lib/url-state';
import { kindsPresent, type ShapedFeature } from './framework-series';
import { FRAMEWORK_PARAMS } from './framework.params';
import { useCountText, useFrameworkText } from './framework.text';
import { scrollToFeature } from './scroll-to-feature';

/**
 * Eight numbered tiles: how many evidence items and linked figures each feature has, at a glance.
 * Squares are evidence items; dots are figures, drawn like the qualifier legend (filled = as reported,
 * open = bound, dashed = approximate, dotted = derived). Each tile links to `?feature=n`.
 */
export function FeatureMatrix({
  features,
  selected,
}: {
  features: readonly ShapedFeature[];
  selected: number | undefined;
}) {
  const ft = useFrameworkText();
  const { i18n } = useTranslation();
  const [search] = useSearchParams();
  const { embedded } = useEmbed();
  const kinds = kindsPresent(features);
  return (
    <section className="framework-matrix" aria-labelledby="framework-matrix-title">
      <h2 id="framework-matrix-title" className="framework-matrix__title">
        {ft('matrix.title')}
      </h2>
      <p className="framework-matrix__subtitle">{ft('matrix.subtitle')}</p>
      {/* A labelled list, not a <nav>: embeds promise no navigation landmark, and these links stay in-page. */}
      <ol className="framework-tiles" aria-label={ft('matrix.nav')}>
        {features.map((feature) => (
          <li key={feature.n}>
            <Link
              to={writeParams(search, FRAMEWORK_PARAMS, { feature: feature.n })}
              className="card framework-tile"
              aria-current={feature.n === selected ? 'true' : undefined}
              title={feature.what[i18n.language]}
              onClick={() => {
                // The URL does not change when the tile is already selected; scroll anyway.
                if (feature.n === selected && !embedded) scrollToFeature(feature.n);
              }}
            >
              <TileBody feature={feature} />
            </Link>
          </li>
        ))}
      </ol>
      <div className="framework-matrix__legend">
        <ul className="series-legend" aria-hidden="true">
          <li>
            <span className="framework-glyph framework-glyph--evidence" />
            {ft('matrix.evidenceGlyph')}
          </li>
          <li>
            <span className="framework-glyph" style={kindGlyphStyle('exact', GLYPH, GLYPH_BG)} />
            {ft('matrix.figureGlyph')}
          </li>
        </ul>
        <QualifierLegend kinds={kinds} />
      </div>
      <p className="framework-matrix__note">{ft('matrix.derived')}</p>
    </section>
  );
}

/**
 * Glyphs drawn per row of a tile; past this an ellipsis stands for the rest, and the count beside it says how
 * many there are. The shipped snapshot's largest row is 11; at 100× the data one tile had 1,100 dots.
 */
export const GLYPHS_DRAWN = 30;

/** The first `GLYPHS_DRAWN` glyphs, then an ellipsis when there are more. */
function Glyphs<T>({ items, draw }: { items: readonly T[]; draw: (item: T, i: number) => ReactNode }) {
  return (
    <span className="framework-tile__glyphs" aria-hidden="true">
      {items.slice(0, GLYPHS_DRAWN).map(draw)}
      {items.length > GLYPHS_DRAWN && <span className="framework-tile__more">…</span>}
    </span>
  );
}

function TileBody({ feature }: { feature: ShapedFeature }) {
  const count = useCountText();
  const { i18n } = useTranslation();
  const { evidence, figures, unresolved } = feature.counts;
  return (
    <>
      {/* The spaces keep the link's accessible name readable: "5 Participation of … 2 evidence items …". */}
      <span className="framework-tile__n">{feature.n}</span>{' '}
      <span className="framework-tile__what">{feature.what[i18n.language]}</span>{' '}
      <span className="framework-tile__counts">
        <span className="framework-tile__count">
          <Glyphs
            items={Array.from({ length: Math.min(evidence, GLYPHS_DRAWN + 1) })}
            draw={(_, i) => <span key={i} className="framework-glyph framework-glyph--evidence" />}
          />
          <span className="framework-tile__label">{count('evidence', evidence)}</span>
        </span>
        <span className={`framework-tile__count${figures === 0 ? ' framework-tile__count--none' : ''}`}>
          <Glyphs
            items={feature.kinds}
            draw={(kind, i) => (
              <span
                key={i}
                className="framework-glyph"
                data-kind={kind}
                style={kindGlyphStyle(kind, GLYPH, GLYPH_BG)}
              />
            )}
          />
          <span className="framework-tile__label">{count('figures', figures)}</span>
        </span>
        {unresolved > 0 && <span className="framework-tile__missing">{count('missing', unresolved)}</span>}
      </span>
    </>
  );
}

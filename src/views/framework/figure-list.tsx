import { GLYPH, GLYPH_BG } from './framework-glyph';
import { kindGlyphStyle } from '../../charts/figure-kinds';
import type { Citation, Figure, Snapshot } from '../../data/schema';
import { resolveCitations, shortSourceName } from '../../data/sources';
import { useTranslation, type Language, type TFunction } from '../../i18n';
import { formatPartialDate } from '../../i18n/format';
import { dateBesideLabel, figureValueText, useFrameworkText } from './framework.text';

interface Meta {
  date: string | null;
  /** Every citation of the figure is already in the evidence item's source line. */
  covered: boolean;
  /** Short source names, shown. */
  source: string;
  /** Full citations with their quotes, on hover. */
  title: string;
}

function figureMeta(
  snapshot: Snapshot,
  figure: Figure,
  citedByEvidence: ReadonlySet<string>,
  lang: Language,
  t: TFunction,
): Meta {
  const cited = resolveCitations(snapshot, figure.sources).map(({ citation, source }) => ({
    name: source ? shortSourceName(source) : citation.source,
    locator: citation.locator,
  }));
  return {
    date: figure.date ? formatPartialDate(figure.date, lang, t) : null,
    covered: figure.sources.every((c) => citedByEvidence.has(citationKey(c))),
    source: [...new Set(cited.map((c) => c.name))].join(', '),
    title: cited.map((c) => `${c.name}, “${c.locator}”`).join('; '),
  };
}

const citationKey = (c: Citation) => `${c.source}\u0000${c.locator}`;

/**
 * The figures an evidence item links to, each as the source words it with a swatch drawn like the
 * qualifier legend. Date and source are printed once under the list when every figure shares them
 * (the common case: one slide), else on each line.
 */
export function FigureList({
  snapshot,
  figures,
  unresolved,
  labels,
  evidenceSources,
}: {
  snapshot: Snapshot;
  figures: readonly Figure[];
  unresolved: readonly string[];
  labels: ReadonlyMap<string, string>;
  /** The evidence item's own citations, printed under it: a figure cited there is not cited again. */
  evidenceSources: readonly Citation[];
}) {
  const ft = useFrameworkText();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cited = new Set(evidenceSources.map(citationKey));
  const metas = figures.map((f) => figureMeta(snapshot, f, cited, lang, t));
  const first = metas[0];
  // What every figure shares is said once, under the list; the rest on each line.
  const shared = first && metas.length > 1;
  const commonDate = shared && metas.every((m) => m.date === first.date) ? first.date : undefined;
  const commonSource =
    shared && !first.covered && metas.every((m) => m.title === first.title) ? first : undefined;
  return (
    <div className="framework-figures-block">
      <ul className="framework-figures">
        {figures.map((figure, i) => {
          const kind = figure.qualifier.kind;
          const meta = metas[i];
          const label = labels.get(figure.id) ?? figure.id;
          const date = commonDate === undefined ? dateBesideLabel(label, meta?.date) : null;
          return (
            <li key={figure.id} className={`framework-figure framework-figure--${kind}`}>
              {/* A CSS swatch, not an SVG: the frame's "Download SVG" must not take it for the chart. */}
              <span
                aria-hidden="true"
                className="framework-glyph framework-glyph--square"
                data-kind={kind}
                style={kindGlyphStyle(kind, GLYPH, GLYPH_BG)}
              />
              <span className="framework-figure__value">{figureValueText(figure, lang, t)}</span>
              <span className="framework-figure__label">
                {label}
                {kind !== 'exact' && (
                  <>
                    {' '}
                    <span className={`kind kind--${kind}`}>{t(`qualifier.${kind}`)}</span>
                  </>
                )}
                {date && (
                  <span className="framework-figure__meta">
                    {' · '}
                    <span className="framework-figure__date">{date}</span>
                  </span>
                )}
                {!commonSource && meta && !meta.covered && (
                  <span className="framework-figure__meta">
                    {' · '}
                    <SourceName meta={meta} />
                  </span>
                )}
                {figure.qualifier.kind === 'derived' && (
                  <span className="formula">
                    {t('sources.formula', { formula: figure.qualifier.formula[lang] })}
                  </span>
                )}
              </span>
            </li>
          );
        })}
        {unresolved.map((id) => (
          <li key={id} className="framework-figure framework-figure--missing">
            <span className="not-reported">{ft('comparison.missingFigure', { id })}</span>
          </li>
        ))}
      </ul>
      {(commonDate || commonSource) && (
        <p className="framework-figures__common">
          {ft('comparison.allFigures')} {commonDate}
          {commonDate && commonSource && ' · '}
          {commonSource && <SourceName meta={commonSource} />}
        </p>
      )}
    </div>
  );
}

function SourceName({ meta }: { meta: Meta }) {
  const ft = useFrameworkText();
  return <span title={ft('comparison.figureSource', { citation: meta.title })}>{meta.source}</span>;
}

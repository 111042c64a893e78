import { useMemo } from 'react';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useViewParams } from '../../lib/use-view-params';
import { dataQuality } from './sources-series';
import { useSourcesText } from './sources.text';
import { SOURCES_PARAMS } from './sources.params';

/** "About this data": the snapshot's figures by kind, date precision and source, and what is not reported. */
export function DataQualityPanel({ snapshot }: { snapshot: Snapshot }) {
  const { t, i18n } = useTranslation();
  const st = useSourcesText();
  const lang = i18n.language;
  const { update } = useViewParams(SOURCES_PARAMS);
  const q = useMemo(() => dataQuality(snapshot), [snapshot]);
  const n = (value: number) => formatNumber(value, lang);
  const { notReported } = q;
  const gaps = [
    notReported.regionsNotNamed > 0 &&
      st('quality.regionsNotNamed', {
        count: n(notReported.regionsNotNamed),
        total: n(snapshot.regions.regionCount.value),
      }),
    notReported.regionsWithoutCount > 0 &&
      st('quality.regionsWithoutCount', { count: n(notReported.regionsWithoutCount) }),
    !notReported.fieldsItemised && st('quality.fieldsNotItemised'),
  ].filter((gap): gap is string => Boolean(gap));

  return (
    <section className="data-quality" aria-labelledby="data-quality-heading">
      <h2 id="data-quality-heading">{st('quality.heading')}</h2>
      <p>
        <strong>{st('quality.figures', { count: n(q.figures) })}</strong>
      </p>
      <div className="data-quality__grid">
        <dl>
          <dt>{st('quality.kinds')}</dt>
          {q.byKind.map(({ kind, count }) => {
            const label = t(`qualifier.${kind}`);
            return (
              <dd key={kind}>
                <button
                  type="button"
                  className="link-button"
                  aria-label={st('quality.show', { kind: label })}
                  onClick={() => update({ q: label })}
                >
                  {label}
                </button>
                : {n(count)}
              </dd>
            );
          })}
        </dl>
        <dl>
          <dt>{st('quality.dates')}</dt>
          {q.byPrecision.map(({ precision, count }) => (
            <dd key={precision}>
              {precision === 'undated' ? st('quality.undated') : t(`date.precision.${precision}`)}: {n(count)}
            </dd>
          ))}
          <dd>{st('quality.approximateDates', { count: n(q.approximateDates) })}</dd>
        </dl>
        <dl>
          <dt>{st('quality.provenance')}</dt>
          <dd>{st('quality.fromPrimary', { count: n(q.fromPrimary) })}</dd>
          <dd>{st('quality.fromWebOnly', { count: n(q.fromWebOnly), sources: n(q.webSources) })}</dd>
        </dl>
        {gaps.length > 0 && (
          <dl>
            <dt>{st('quality.notReported')}</dt>
            {gaps.map((gap) => (
              <dd key={gap}>{gap}</dd>
            ))}
          </dl>
        )}
      </div>
      <p className="muted">{st('quality.events', { count: n(q.events), notes: n(q.eventsWithNotes) })}</p>
      <p className="muted">✓ {st('quality.checks')}</p>
    </section>
  );
}

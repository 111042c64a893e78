import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useTranslation } from '../i18n';
import { EmbedContext, useEmbed } from '../lib/embed-context';
import { EMBED_CHARTS, chartDrawn, frameIdOf, isEmbedChart } from '../lib/embed-charts';
import type { ViewId } from '../lib/paths';
import { useSnapshot } from '../lib/snapshot.queries';
import { globalSearch } from '../lib/url-state';
import { pageElement } from './pages';
import { useEmbedChartText } from './embed-chart.text';

/** `/embed/<view>/<chart>`: the view with only that chart frame drawn (every other frame renders nothing). */
export default function EmbedChartPage({ view }: { view: ViewId }) {
  const { chart = '' } = useParams();
  const { snapshot, entry } = useSnapshot();
  const { i18n } = useTranslation();
  const parent = useEmbed();
  const options = useMemo(() => ({ ...parent, chart: frameIdOf(view, chart) }), [parent, view, chart]);
  if (!isEmbedChart(view, chart)) return <OtherCharts view={view} chart={chart} reason="unknown" />;
  if (snapshot && !chartDrawn(view, chart, snapshot))
    return (
      <OtherCharts view={view} chart={chart} reason="notDrawn" snapshotTitle={entry?.title[i18n.language]} />
    );
  return <EmbedContext.Provider value={options}>{pageElement(view)}</EmbedContext.Provider>;
}

interface OtherChartsProps {
  view: ViewId;
  chart: string;
  reason: 'unknown' | 'notDrawn';
  snapshotTitle?: string;
}

/** What an embed says instead of a chart it cannot show: why, and the view's charts it can. */
function OtherCharts({ view, chart, reason, snapshotTitle }: OtherChartsProps) {
  const { t } = useTranslation();
  const w = useEmbedChartText();
  const [search] = useSearchParams();
  const keep = globalSearch(search);
  const viewName = t(`nav.${view}`);
  return (
    // Text and links the browser lays out alone: the pre-rendered page shows it at once (index.html).
    <section className="page page--static" aria-labelledby="embed-chart-heading">
      <h1 id="embed-chart-heading">{w(reason === 'unknown' ? 'unknownTitle' : 'notDrawnTitle')}</h1>
      <p role="status">
        {reason === 'unknown'
          ? w('unknown', { chart, view: viewName })
          : w('notDrawn', { snapshot: snapshotTitle ?? '' })}
      </p>
      <ul>
        {EMBED_CHARTS[view]
          .filter((c) => c !== chart)
          .map((c) => (
            <li key={c}>
              <Link to={`/embed/${view}/${c}${keep}`}>
                <code>
                  /embed/{view}/{c}
                </code>
              </Link>
            </li>
          ))}
        <li>
          <Link to={`/embed/${view}${keep}`}>{viewName}</Link> <code>/embed/{view}</code>
        </li>
      </ul>
    </section>
  );
}

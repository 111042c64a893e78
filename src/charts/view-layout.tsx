import type { ReactNode } from 'react';
import type { Snapshot } from '../data/schema';
import { useSnapshot } from '../lib/snapshot.queries';
import type { InvalidParam } from '../lib/url-state';
import { WithSnapshot } from '../ui/view-page';
import { IgnoredParamsNotice } from '../ui/ignored-params-notice';
import { useTranslation } from '../i18n';
import type { ViewId } from '../lib/paths';
import { TABS, type Tab } from './view-params';
import { useEmbed } from '../lib/embed-context';
import { ViewActions } from '../share/view-actions';
import { usePrinting } from './use-printing';
import { SegmentedControl } from './segmented-control';
import { useCompareSnapshot } from './use-compare-snapshot';

interface ViewParams {
  values: { tab: Tab };
  invalid: InvalidParam[];
  update: (changes: { tab?: Tab }) => void;
}

interface ViewLayoutProps {
  view: ViewId;
  /** One-paragraph reading guide under the title. */
  lead: ReactNode;
  /** The view's URL options (`useViewParams`); `tab` switches between `chart` and `table`. */
  params: ViewParams;
  /**
   * Parameters that are well-formed but name nothing in this snapshot (an unknown sub-cluster or category):
   * reported with the unparsable ones, so every view says the same about a broken link.
   */
  unknown?: (snapshot: Snapshot) => InvalidParam[];
  chart: (snapshot: Snapshot) => ReactNode;
  table: (snapshot: Snapshot) => ReactNode;
}

/**
 * The one shape of a view's page: title, lead, ignored-parameter notice, share actions and the Chart/Table
 * switch; charts or tables by tab once the snapshot is in, and both when printing.
 */
export function ViewLayout({ view, lead, params, unknown, chart, table }: ViewLayoutProps) {
  const { values, update } = params;
  const embed = useEmbed();
  // One chart alone in its embed (`/embed/<view>/<chart>`): always the chart tab, and nothing but that chart.
  const single = embed.chart !== undefined;
  const tab = single ? 'chart' : values.tab;
  const onTab = (next: Tab) => update({ tab: next });
  const { snapshot } = useSnapshot();
  const compare = useCompareSnapshot();
  const invalid = [...params.invalid, ...(snapshot && unknown ? unknown(snapshot) : []), ...compare.invalid];
  const { t } = useTranslation();
  const printing = usePrinting();
  return (
    <section
      className={
        single
          ? 'page view view--embedded view--single-chart'
          : embed.embedded
            ? 'page view view--embedded'
            : 'page view'
      }
      aria-labelledby={`${view}-heading`}
      data-hide-controls={embed.hideControls || undefined}
      data-static={embed.isStatic || undefined}
    >
      <div className="view__head">
        <div className={embed.hideTitle || single ? 'visually-hidden' : undefined}>
          <h1 id={`${view}-heading`}>{t(`nav.${view}`)}</h1>
          {!embed.embedded && <p className="lead">{lead}</p>}
        </div>
        <SegmentedControl
          className="tab-switch"
          buttonClassName="tab-switch__button"
          label={t('chart.showAs')}
          hidden={embed.hideControls || single}
          options={TABS}
          pressed={(value) => tab === value}
          onChange={onTab}
        >
          {(value) => t(`chart.tab.${value}`)}
        </SegmentedControl>
      </div>
      <IgnoredParamsNotice
        params={invalid}
        className={embed.embedded ? 'notice notice--embed' : 'notice notice--inline'}
      />
      {!embed.embedded && <ViewActions title={t(`nav.${view}`)} />}
      <WithSnapshot>
        {(snapshot) =>
          single ? (
            <div className="view__single">{chart(snapshot)}</div>
          ) : (
            // Print adds the other tab beside the one on screen, which stays mounted: what the reader opened
            // or sorted is printed and is still there afterwards.
            <>
              {(printing || tab !== 'table') && chart(snapshot)}
              {(printing || tab === 'table') && table(snapshot)}
            </>
          )
        }
      </WithSnapshot>
    </section>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
import type { ViewId } from '../lib/paths';
import { TABS, type Tab } from './view-params';
import { useEmbed } from '../lib/embed-context';
import { ViewActions } from '../share/view-actions';
import { usePrinting } from './use-printing';
import { SegmentedControl } from './segmented-control';

interface ViewLayoutProps {
  view: ViewId;
  /** One-paragraph reading guide under the title. */
  lead: ReactNode;
  tab: Tab;
  onTab: (tab: Tab) => void;
  /** URL parameters the view could not use; they are named so that a broken link is noticed. */
  invalid?: { name: string; raw: string }[];
  /** The charts (or, for views that pass no `table`, whatever the current tab shows). */
  children: ReactNode;
  /** The tables; when given, the layout shows charts or tables by tab, and both when printing. */
  table?: ReactNode;
}

/** Title, lead, ignored-parameter notice and the Chart/Table switch common to the six views. */
export function ViewLayout({ view, lead, tab, onTab, invalid = [], children, table }: ViewLayoutProps) {
  const { t } = useTranslation();
  const embed = useEmbed();
  const printing = usePrinting();
  return (
    <section
      className={embed.embedded ? 'page view view--embedded' : 'page view'}
      aria-labelledby={`${view}-heading`}
      data-hide-controls={embed.hideControls || undefined}
    >
      <div className="view__head">
        <div className={embed.hideTitle ? 'visually-hidden' : undefined}>
          <h1 id={`${view}-heading`}>{t(`nav.${view}`)}</h1>
          {!embed.embedded && <p className="lead">{lead}</p>}
        </div>
        <SegmentedControl
          className="tab-switch"
          buttonClassName="tab-switch__button"
          label={t('chart.showAs')}
          hidden={embed.hideControls}
          options={TABS}
          pressed={(value) => tab === value}
          onChange={onTab}
        >
          {(value) => t(`chart.tab.${value}`)}
        </SegmentedControl>
      </div>
      {invalid.length > 0 && (
        <p className="notice notice--inline" role="status">
          {t('app.ignoredParams', { params: invalid.map((p) => `?${p.name}=${p.raw}`).join(', ') })}
        </p>
      )}
      {!embed.embedded && <ViewActions title={t(`nav.${view}`)} />}
      {table === undefined ? (
        children
      ) : printing ? (
        <>
          {children}
          {table}
        </>
      ) : tab === 'table' ? (
        table
      ) : (
        children
      )}
    </section>
  );
}

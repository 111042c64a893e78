import type { ReactNode } from 'react';
import { useTranslation } from '../i18n';
import type { ViewId } from '../lib/paths';
import type { Tab } from './view-params';

interface ViewLayoutProps {
  view: ViewId;
  /** One-paragraph reading guide under the title. */
  lead: ReactNode;
  tab: Tab;
  onTab: (tab: Tab) => void;
  /** URL parameters the view could not use; they are named so that a broken link is noticed. */
  invalid?: { name: string; raw: string }[];
  children: ReactNode;
}

/** Title, lead, ignored-parameter notice and the Chart/Table switch common to the six views. */
export function ViewLayout({ view, lead, tab, onTab, invalid = [], children }: ViewLayoutProps) {
  const { t } = useTranslation();
  return (
    <section className="page view" aria-labelledby={`${view}-heading`}>
      <div className="view__head">
        <div>
          <h1 id={`${view}-heading`}>{t(`nav.${view}`)}</h1>
          <p className="lead">{lead}</p>
        </div>
        <div className="tab-switch" role="group" aria-label={t('chart.showAs')}>
          {(['chart', 'table'] as const).map((value) => (
            <button
              key={value}
              type="button"
              className="tab-switch__button"
              aria-pressed={tab === value}
              onClick={() => onTab(value)}
            >
              {t(`chart.tab.${value}`)}
            </button>
          ))}
        </div>
      </div>
      {invalid.length > 0 && (
        <p className="notice notice--inline" role="status">
          {t('app.ignoredParams', { params: invalid.map((p) => `?${p.name}=${p.raw}`).join(', ') })}
        </p>
      )}
      {children}
    </section>
  );
}

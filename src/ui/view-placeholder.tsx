import { useMemo } from 'react';
import { useTranslation } from '../i18n';
import { buildFigureRows } from '../data/figure-index';
import type { Language } from '../i18n';
import type { ViewId } from '../lib/paths';
import { FigureTable } from './figure-table';
import { WithSnapshot } from './view-page';

/** A view whose chart is not built yet: its title and the figures it will show, with sources. */
export function ViewPlaceholder({ view }: { view: ViewId }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="page" aria-labelledby={`${view}-heading`}>
      <h1 id={`${view}-heading`}>{t(`nav.${view}`)}</h1>
      <p className="lead">{t(`overview.views.${view}`)}</p>
      <p>{t('placeholder.lead')}</p>
      <WithSnapshot>{(snapshot) => <Rows snapshot={snapshot} view={view} lang={lang} />}</WithSnapshot>
    </section>
  );
}

function Rows({
  snapshot,
  view,
  lang,
}: {
  snapshot: Parameters<typeof buildFigureRows>[0];
  view: ViewId;
  lang: Language;
}) {
  const { t } = useTranslation();
  const rows = useMemo(
    () => buildFigureRows(snapshot, lang, t).filter((r) => r.view === view),
    [snapshot, lang, t, view],
  );
  return <FigureTable rows={rows} snapshot={snapshot} caption={t(`nav.${view}`)} />;
}

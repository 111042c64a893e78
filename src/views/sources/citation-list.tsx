import { lazy, memo, Suspense, type ComponentPropsWithRef, type ComponentType } from 'react';
import type { VirtualListProps } from '../../charts/virtual-list';
import { NewTabHint } from '../../ui/new-tab-hint';
import { usePrinting } from '../../charts/use-printing';
import { isWindowed } from '../../charts/windowing';
import { useTranslation } from '../../i18n';
import type { Snapshot, Source } from '../../data/schema';
import { useSourcesText } from './sources.text';
import { formatPartialDate } from '../../i18n/format';

// Loaded only when the snapshot cites more sources than a page should draw at once.
const VirtualList = lazy<ComponentType<VirtualListProps<Source>>>(() => import('../../charts/virtual-list'));
/** Entries drawn while the windowed list's code loads. */
const ENTRIES_WHILE_LOADING = 25;

/**
 * Full citations: the presentation first, then every dated web source. Drawn again only for another snapshot,
 * not when the figures' search or sort below it changes the URL.
 */
export const CitationList = memo(function CitationList({ snapshot }: { snapshot: Snapshot }) {
  const st = useSourcesText();
  const printing = usePrinting();
  const primary = snapshot.sources.filter((s) => s.id === snapshot.primarySource);
  const others = snapshot.sources.filter((s) => s.id !== snapshot.primarySource);
  return (
    <>
      <h3>{st('primary')}</h3>
      <ul className="citations">
        {primary.map((s) => (
          <SourceItem key={s.id} source={s} />
        ))}
      </ul>
      <h3>{st('web')}</h3>
      {isWindowed(others.length, printing) ? (
        <Suspense fallback={<SourceList sources={others.slice(0, ENTRIES_WHILE_LOADING)} />}>
          <VirtualList
            items={others}
            className="citations citations--windowed"
            itemKey={(s) => s.id}
            itemId={(s) => sourceElementId(s.id)}
            renderItem={(s, props) => <SourceItem key={s.id} source={s} {...props} />}
          />
        </Suspense>
      ) : (
        <SourceList sources={others} />
      )}
    </>
  );
});

const sourceElementId = (id: string) => `source-${id}`;

function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ol className="citations">
      {sources.map((s) => (
        <SourceItem key={s.id} source={s} />
      ))}
    </ol>
  );
}

function SourceItem({ source, ...rest }: { source: Source } & ComponentPropsWithRef<'li'>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const published = source.published ? formatPartialDate(source.published, lang, t) : t('sources.noDate');
  return (
    <li id={sourceElementId(source.id)} className="citation-item" {...rest}>
      {source.authors && <span>{source.authors.join(', ')}. </span>}
      <span>({published}). </span>
      <cite lang={source.language}>{source.title}</cite>
      {source.kind === 'presentation' && <span> [{t('sources.presentation')}]</span>}
      {source.institution && <span>. {source.institution}</span>}
      {source.publisher && <span>. {source.publisher}</span>}
      {source.url && (
        <>
          .{' '}
          <a href={source.url} rel="noreferrer noopener" target="_blank">
            {source.url}
            <NewTabHint />
          </a>
        </>
      )}
      {source.note && <span className="figure-note">{source.note[lang]}</span>}
      <span className="source-id"> [{source.id}]</span>
    </li>
  );
}

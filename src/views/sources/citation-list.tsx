import { NewTabHint } from '../../ui/new-tab-hint';
import { useTranslation } from '../../i18n';
import type { Snapshot, Source } from '../../data/schema';
import { useSourcesText } from './sources.text';
import { formatPartialDate } from '../../i18n/format';

/** Full citations: the presentation first, then every dated web source. */
export function CitationList({ snapshot }: { snapshot: Snapshot }) {
  const st = useSourcesText();
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
      <ol className="citations">
        {others.map((s) => (
          <SourceItem key={s.id} source={s} />
        ))}
      </ol>
    </>
  );
}

function SourceItem({ source }: { source: Source }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const published = source.published ? formatPartialDate(source.published, lang, t) : t('sources.noDate');
  return (
    <li id={`source-${source.id}`} className="citation-item">
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

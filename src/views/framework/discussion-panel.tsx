import { SourceFootnote } from '../../charts/source-footnote';
import type { LocalizedText, Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { useFrameworkText } from './framework.text';

type Discussion = Snapshot['framework']['discussion'];

/** The presentation's closing slide: micro-level collaboration facing meso-level coordination, "vs" between. */
export function DiscussionPanel({ snapshot, discussion }: { snapshot: Snapshot; discussion: Discussion }) {
  const ft = useFrameworkText();
  return (
    <section className="framework-discussion" aria-labelledby="framework-discussion-title">
      <h2 id="framework-discussion-title">{ft('discussion.title')}</h2>
      <p className="framework-discussion__subtitle">{ft('discussion.subtitle')}</p>
      <div className="framework-discussion__sides">
        <Side id="micro" title={ft('discussion.micro')} items={discussion.micro} />
        <p className="framework-discussion__vs" aria-hidden="true">
          <span>{ft('discussion.vs')}</span>
        </p>
        <Side id="meso" title={ft('discussion.meso')} items={discussion.meso} />
      </div>
      <SourceFootnote snapshot={snapshot} citations={discussion.sources} />
    </section>
  );
}

function Side({ id, title, items }: { id: string; title: string; items: readonly LocalizedText[] }) {
  const { i18n } = useTranslation();
  const headingId = `framework-discussion-${id}`;
  return (
    <div className={`card framework-discussion__side framework-discussion__side--${id}`}>
      <h3 id={headingId}>{title}</h3>
      <ul aria-labelledby={headingId}>
        {items.map((item) => (
          <li key={item.en}>{item[i18n.language]}</li>
        ))}
      </ul>
    </div>
  );
}

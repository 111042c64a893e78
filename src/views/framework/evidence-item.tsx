import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { useViewPath } from '../../lib/view-link';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { CitationText } from '../../ui/citation-text';
import { FigureList } from './figure-list';
import type { ShapedEvidence } from './framework-series';
import { useFrameworkText } from './framework.text';

/** One piece of MIC evidence: the statement, the figures it rests on, its sources and the view to see it in. */
export function EvidenceItem({
  snapshot,
  evidence,
  labels,
  revealRef,
}: {
  snapshot: Snapshot;
  evidence: ShapedEvidence;
  /** What each figure is, by id (see figure-labels.ts). */
  labels: ReadonlyMap<string, string>;
  /** Given to the first item "Show all" reveals, which takes focus then. */
  revealRef?: Ref<HTMLLIElement> | undefined;
}) {
  const ft = useFrameworkText();
  const { t, i18n } = useTranslation();
  const viewPath = useViewPath();
  const hasFigures = evidence.figures.length > 0 || evidence.unresolved.length > 0;
  return (
    <li className="framework-evidence" ref={revealRef} tabIndex={revealRef ? -1 : undefined}>
      <p className="framework-evidence__text">{evidence.text[i18n.language]}</p>
      {hasFigures && (
        <FigureList
          snapshot={snapshot}
          figures={evidence.figures}
          unresolved={evidence.unresolved}
          labels={labels}
          evidenceSources={evidence.sources}
        />
      )}
      <p className="chart-source framework-evidence__source">
        <span className="chart-source__label">
          {`${t(evidence.sources.length > 1 ? 'chart.sources' : 'chart.source')}: `}
        </span>
        <CitationText snapshot={snapshot} citations={evidence.sources} />
      </p>
      {evidence.view && evidence.view !== 'framework' && (
        <Link className="framework-evidence__link" to={viewPath(evidence.view)}>
          {ft('comparison.seeView', { view: t(`nav.${evidence.view}`) })}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </li>
  );
}

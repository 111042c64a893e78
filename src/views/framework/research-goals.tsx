import { SourceFootnote } from '../../charts/source-footnote';
import type { Citation, LocalizedText, Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { useFrameworkText } from './framework.text';

/** The paper's research goals as a foldable intro; whether it is open is kept in the URL (`?goals=show`). */
export function ResearchGoals({
  snapshot,
  goals,
  sources,
  open,
  onToggle,
}: {
  snapshot: Snapshot;
  goals: readonly LocalizedText[];
  sources: readonly Citation[];
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const ft = useFrameworkText();
  const { i18n } = useTranslation();
  if (goals.length === 0) return null;
  return (
    <details className="framework-goals" open={open}>
      <summary
        className="framework-goals__summary"
        onClick={(e) => {
          // The URL holds the state (`?goals=show`), so the summary toggles it there rather than in the DOM.
          e.preventDefault();
          onToggle(!open);
        }}
      >
        {ft('goals.title')}
      </summary>
      <ul className="framework-goals__list">
        {goals.map((goal) => (
          <li key={goal.en}>{goal[i18n.language]}</li>
        ))}
      </ul>
      <SourceFootnote snapshot={snapshot} citations={sources} />
    </details>
  );
}

import { useMemo } from 'react';
import { useDrawnOption } from '../../charts/use-drawn-option';
import { usePrinting } from '../../charts/use-printing';
import { viewRoute, type TabProps } from '../../charts/view-route';
import type { Snapshot } from '../../data/schema';
import { DiscussionPanel } from './discussion-panel';
import { FeatureComparison } from './feature-comparison';
import { FeatureMatrix } from './feature-matrix';
import { FrameworkTables } from './framework-tables';
import { resolveSelection, shapeFeatures, sharedPairingNote } from './framework-series';
import { FRAMEWORK_PARAMS } from './framework.params';
import { useFrameworkText } from './framework.text';
import { ResearchGoals } from './research-goals';
import { SelectionNotice } from './selection-notice';
import './framework.css';

type Props = TabProps<typeof FRAMEWORK_PARAMS>;

export default viewRoute({
  view: 'framework',
  params: FRAMEWORK_PARAMS,
  text: useFrameworkText,
  unknown: (snapshot, values) => {
    const { missing } = resolveSelection(values.feature, shapeFeatures(snapshot));
    return missing === undefined ? [] : [{ name: 'feature', raw: String(missing) }];
  },
  Chart: ChartTab,
  Table: TableTab,
});

function useFeatures(snapshot: Snapshot, requested: number | undefined) {
  const features = useMemo(() => shapeFeatures(snapshot), [snapshot]);
  return { features, ...resolveSelection(requested, features) };
}

/** Goals, the evidence tiles, the three-column comparison and the closing discussion. */
function ChartTab({ snapshot, params }: Props) {
  const { values, update } = params;
  const { features, selected } = useFeatures(snapshot, values.feature);
  const shared = useMemo(() => sharedPairingNote(features), [features]);
  // The tiles and the notice answer a choice at once; the comparison, every evidence item of eight features,
  // follows (charts/use-drawn-option.ts) and then scrolls to the chosen card.
  const compared = useDrawnOption(selected).drawn;
  return (
    <div className="framework">
      <Intro snapshot={snapshot} params={params} />
      <SelectionNotice selected={selected} onClear={() => update({ feature: undefined })} />
      <FeatureMatrix features={features} selected={selected} />
      <FeatureComparison snapshot={snapshot} features={features} shared={shared} selected={compared} />
      <DiscussionPanel snapshot={snapshot} discussion={snapshot.framework.discussion} />
    </div>
  );
}

/** The seed's table and the evidence table. When printing, the chart tab above already has the rest. */
function TableTab({ snapshot, params }: Props) {
  const printing = usePrinting();
  const { features } = useFeatures(snapshot, params.values.feature);
  return (
    <div className="framework">
      {!printing && <Intro snapshot={snapshot} params={params} />}
      <FrameworkTables snapshot={snapshot} features={features} />
      {!printing && <DiscussionPanel snapshot={snapshot} discussion={snapshot.framework.discussion} />}
    </div>
  );
}

function Intro({ snapshot, params }: Props) {
  return (
    <ResearchGoals
      snapshot={snapshot}
      goals={snapshot.framework.goals}
      sources={snapshot.framework.goalsSources}
      open={params.values.goals === 'show'}
      onToggle={(open) => params.update({ goals: open ? 'show' : 'hide' })}
    />
  );
}

import type { ComponentType } from 'react';
import type { Snapshot } from '../data/schema';
import { useViewParams, type ViewParams } from '../lib/use-view-params';
import type { ParamSpec, ParamValues, InvalidParam } from '../lib/url-state';
import type { ViewId } from '../lib/paths';
import type { Tab } from './view-params';
import { ViewLayout } from './view-layout';

type Spec = Record<string, ParamSpec<unknown>> & { tab: ParamSpec<Tab> };

/** What a view's chart and table tabs receive: the snapshot once it is in, and the view's URL options. */
export interface TabProps<S extends Spec> {
  snapshot: Snapshot;
  params: ViewParams<S>;
}

interface ViewRouteDefinition<S extends Spec> {
  view: ViewId;
  params: S;
  /** The view's text hook (`<view>.text.ts`); its `lead` is the reading guide under the title. */
  text: () => (key: 'lead') => string;
  /** Options that are well-formed but name nothing in this snapshot; see `ViewLayout`. */
  unknown?: (snapshot: Snapshot, values: ParamValues<S>) => InvalidParam[];
  Chart: ComponentType<TabProps<S>>;
  Table: ComponentType<TabProps<S>>;
}

/** A view's route component: every view is the same `ViewLayout` over its own params, chart and table tabs. */
export function viewRoute<S extends Spec>({
  view,
  params: spec,
  text,
  unknown,
  Chart,
  Table,
}: ViewRouteDefinition<S>) {
  function ViewRoute() {
    const lead = text()('lead');
    const params = useViewParams(spec);
    // S has `tab` (see Spec), which TypeScript cannot see through ParamValues<S>.
    const tabParams = {
      ...params,
      update: (changes: { tab?: Tab }) => params.update(changes as Partial<ParamValues<S>>),
    };
    return (
      <ViewLayout
        view={view}
        lead={lead}
        params={tabParams}
        unknown={unknown && ((snapshot) => unknown(snapshot, params.values))}
        chart={(snapshot) => <Chart snapshot={snapshot} params={params} />}
        table={(snapshot) => <Table snapshot={snapshot} params={params} />}
      />
    );
  }
  ViewRoute.displayName = `ViewRoute(${view})`;
  return ViewRoute;
}

import { ViewPlaceholder } from '../../ui/view-placeholder';

export default function SubclustersRoute() {
  return <ViewPlaceholder view="subclusters" />;
}

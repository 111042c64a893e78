import { ViewPlaceholder } from '../../ui/view-placeholder';

export default function RegionsRoute() {
  return <ViewPlaceholder view="regions" />;
}

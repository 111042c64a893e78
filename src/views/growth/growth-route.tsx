import { ViewPlaceholder } from '../../ui/view-placeholder';

export default function GrowthRoute() {
  return <ViewPlaceholder view="growth" />;
}

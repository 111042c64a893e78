import { ViewPlaceholder } from '../../ui/view-placeholder';

export default function FrameworkRoute() {
  return <ViewPlaceholder view="framework" />;
}

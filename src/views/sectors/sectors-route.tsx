import { ViewPlaceholder } from '../../ui/view-placeholder';

export default function SectorsRoute() {
  return <ViewPlaceholder view="sectors" />;
}

import { ViewPlaceholder } from '../../ui/view-placeholder';

export default function TimelineRoute() {
  return <ViewPlaceholder view="timeline" />;
}

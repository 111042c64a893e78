import { useFrameworkText } from './framework.text';
import { Chip } from '../../ui/chip';

/** Says which feature `?feature=` highlights, with a way out (a number naming no feature is reported above). */
export function SelectionNotice({
  selected,
  onClear,
}: {
  selected: number | undefined;
  onClear: () => void;
}) {
  const ft = useFrameworkText();
  if (selected === undefined) return null;
  return (
    <p className="framework-selection" role="status">
      <span>{ft('comparison.selected', { n: selected })}</span>
      <Chip onClick={onClear}>{ft('comparison.clear')}</Chip>
    </p>
  );
}

import { MEASURES, SORT_ORDERS, type Measure, type SortOrder } from './sectors.params';
import { useSectorsText } from './sectors.text';
import { SegmentedControl } from '../../charts/segmented-control';

/** A row of toggle chips for one URL option. */
function Choice<T extends string>({
  label,
  options,
  value,
  text,
  onChange,
}: {
  label: string;
  options: readonly T[];
  value: T;
  text: (option: T) => string;
  onChange: (option: T) => void;
}) {
  return (
    <SegmentedControl
      className="cluster sectors-toolbar__group"
      captionClassName="sectors-toolbar__label"
      label={label}
      caption={label}
      options={options}
      pressed={(option) => option === value}
      onChange={onChange}
    >
      {text}
    </SegmentedControl>
  );
}

/** `?measure=` and `?sort=`: one set of controls for the charts below. */
export function SectorsToolbar({
  measure,
  sort,
  onChange,
}: {
  measure: Measure;
  sort: SortOrder;
  onChange: (changes: { measure?: Measure; sort?: SortOrder }) => void;
}) {
  const st = useSectorsText();
  return (
    <div className="sectors-toolbar" role="group" aria-label={st('toolbar.label')}>
      <Choice
        label={st('toolbar.measure')}
        options={MEASURES}
        value={measure}
        text={(m) => st(`toolbar.${m}`)}
        onChange={(m) => onChange({ measure: m })}
      />
      <Choice
        label={st('toolbar.sort')}
        options={SORT_ORDERS}
        value={sort}
        text={(o) => st(`toolbar.${o}`)}
        onChange={(o) => onChange({ sort: o })}
      />
    </div>
  );
}

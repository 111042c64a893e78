import { MEASURES, SORT_ORDERS, type Measure, type SortOrder } from './sectors.params';
import { useSectorsText } from './sectors.text';

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
    <div className="sectors-toolbar__group" role="group" aria-label={label}>
      <span className="sectors-toolbar__label" aria-hidden="true">
        {label}
      </span>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="chip"
          aria-pressed={option === value}
          onClick={() => onChange(option)}
        >
          {text(option)}
        </button>
      ))}
    </div>
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

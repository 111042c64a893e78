import { createContext, useContext, type ReactNode } from 'react';

// The group's name, given to each radio in it: one Tab stop per group, arrow keys between its choices.
const GroupName = createContext<string | undefined>(undefined);

/** A radio group as a fieldset, so its legend names every choice in it. */
export function RadioGroup({
  legend,
  name,
  children,
}: {
  legend: string;
  name: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="builder__group">
      <legend>{legend}</legend>
      <GroupName.Provider value={name}>{children}</GroupName.Provider>
    </fieldset>
  );
}

interface ChoiceProps {
  type?: 'radio' | 'checkbox';
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}

/** One radio button or checkbox, wrapped in its label so the whole line is the target. */
export function Choice({ type = 'radio', checked, disabled, onChange, children }: ChoiceProps) {
  const name = useContext(GroupName);
  return (
    <label className="builder__choice">
      <input
        type={type}
        name={type === 'radio' ? name : undefined}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {children}
    </label>
  );
}

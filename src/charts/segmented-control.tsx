import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface SegmentedControlProps<T extends string> {
  /** The group's accessible name, or the id of a visible element that names it. */
  label?: string;
  labelledBy?: string;
  options: readonly T[];
  /** Whether an option is the chosen one; most controls compare with one value, some (presets) with a range. */
  pressed: (option: T) => boolean;
  onChange: (option: T) => void;
  children: (option: T) => ReactNode;
  /** A caption drawn before the buttons; hidden from screen readers, which hear `label` as the group's name. */
  caption?: ReactNode;
  className?: string;
  captionClassName?: string;
  /** `chip` (rounded, spaced) or `tab-switch__button` (joined, inside a `.tab-switch` group). */
  buttonClassName?: string;
  buttonProps?: (option: T) => ButtonHTMLAttributes<HTMLButtonElement>;
  hidden?: boolean;
}

/**
 * One choice among a few options as a row of toggle buttons (`aria-pressed`), each its own Tab stop, as in the
 * WAI-ARIA button pattern: with two to five options a radio group's arrow-key model hides the others from
 * people who tab, and every view's controls already read this way.
 */
export function SegmentedControl<T extends string>({
  label,
  labelledBy,
  options,
  pressed,
  onChange,
  children,
  caption,
  className,
  captionClassName,
  buttonClassName = 'chip',
  buttonProps,
  hidden,
}: SegmentedControlProps<T>) {
  return (
    <div className={className} role="group" aria-label={label} aria-labelledby={labelledBy} hidden={hidden}>
      {caption !== undefined && (
        <span className={captionClassName} aria-hidden="true">
          {caption}
        </span>
      )}
      {options.map((option) => (
        <button
          key={option}
          type="button"
          {...buttonProps?.(option)}
          className={buttonClassName}
          aria-pressed={pressed(option)}
          onClick={() => onChange(option)}
        >
          {children(option)}
        </button>
      ))}
    </div>
  );
}

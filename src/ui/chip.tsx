import type { ButtonHTMLAttributes } from 'react';

type ChipProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** Makes the chip a toggle button (`aria-pressed`). */
  pressed?: boolean;
};

/** The dashboard's small rounded button, for view options, downloads and share actions. */
export function Chip({ pressed, className, ...rest }: ChipProps) {
  return (
    <button
      type="button"
      {...rest}
      className={className ? `chip ${className}` : 'chip'}
      aria-pressed={pressed}
    />
  );
}

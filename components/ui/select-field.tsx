import { Label } from 'radix-ui';
import { cn } from './cn';

type SelectFieldProps = React.ComponentProps<'select'> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  errors?: string[];
  hideLabel?: boolean;
};

/** A labelled native select (keyboard and screen-reader behaviour for free). */
export function SelectField({ label, name, options, errors, hideLabel, className, id, ...select }: SelectFieldProps) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <Label.Root htmlFor={fieldId} className={cn('text-sm font-medium', hideLabel && 'sr-only')}>
        {label}
      </Label.Root>
      <select
        id={fieldId}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        className="rounded-md border border-rule bg-white px-2.5 py-2 text-sm shadow-xs outline-none focus:border-accent focus:ring-2 focus:ring-accent/20"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errors?.length ? <p className="text-xs text-danger">{errors.join(' ')}</p> : null}
    </div>
  );
}

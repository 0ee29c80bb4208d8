import { controlAria, FieldFrame } from './field-frame';

type SelectFieldProps = React.ComponentProps<'select'> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  errors?: string[];
  hideLabel?: boolean;
};

/** A labelled native select (keyboard and screen-reader behaviour for free). */
export function SelectField({ label, name, options, errors, hideLabel, className, id, ...select }: SelectFieldProps) {
  const frame = { id: id ?? `field-${name}`, label, errors };
  return (
    <FieldFrame {...frame} hideLabel={hideLabel} className={className}>
      <select
        name={name}
        {...controlAria(frame)}
        className="rounded-md border border-rule bg-white px-2.5 py-2 text-sm shadow-xs outline-none focus:border-accent focus:ring-2 focus:ring-accent/20"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

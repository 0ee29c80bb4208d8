import { controlAria, FieldFrame } from './field-frame';

type FieldProps = React.ComponentProps<'input'> & { label: string; name: string; errors?: string[]; hint?: string };

/** A labelled input with its hint and errors wired to it for screen readers. */
export function Field({ label, name, errors, hint, className, id, ...input }: FieldProps) {
  const frame = { id: id ?? `field-${name}`, label, hint, errors };
  return (
    <FieldFrame {...frame} className={className}>
      <input
        name={name}
        {...controlAria(frame)}
        className="rounded-md border border-rule bg-white px-3 py-2 text-sm shadow-xs outline-none focus:border-accent focus:ring-2 focus:ring-accent/20 aria-invalid:border-danger"
        {...input}
      />
    </FieldFrame>
  );
}

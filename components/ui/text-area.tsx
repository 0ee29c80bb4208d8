import { controlAria, FieldFrame } from './field-frame';

type TextAreaProps = React.ComponentProps<'textarea'> & { label: string; name: string; errors?: string[]; hint?: string };

/** A labelled multi-line input with its hint and errors wired for screen readers. */
export function TextArea({ label, name, errors, hint, className, id, ...textarea }: TextAreaProps) {
  const frame = { id: id ?? `field-${name}`, label, hint, errors };
  return (
    <FieldFrame {...frame} className={className}>
      <textarea
        name={name}
        {...controlAria(frame)}
        className="rounded-md border border-rule bg-white px-3 py-2 font-reading text-base shadow-xs outline-none focus:border-accent focus:ring-2 focus:ring-accent/20 aria-invalid:border-danger"
        {...textarea}
      />
    </FieldFrame>
  );
}

import { Label } from 'radix-ui';
import { cn } from './cn';

type TextAreaProps = React.ComponentProps<'textarea'> & { label: string; name: string; errors?: string[]; hint?: string };

/** A labelled multi-line input with its hint and errors wired for screen readers. */
export function TextArea({ label, name, errors, hint, className, id: idProp, ...textarea }: TextAreaProps) {
  const id = idProp ?? `field-${name}`;
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <Label.Root htmlFor={id} className="text-sm font-medium">
        {label}
      </Label.Root>
      <textarea
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="rounded-md border border-rule bg-white px-3 py-2 font-reading text-base shadow-xs outline-none focus:border-accent focus:ring-2 focus:ring-accent/20 aria-invalid:border-danger"
        {...textarea}
      />
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-xs text-danger">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

import { Label } from 'radix-ui';
import { cn } from './cn';

export type FieldFrameProps = { id: string; label: string; hint?: string; errors?: string[]; hideLabel?: boolean; className?: string };

/** The aria attributes that tie a control to its hint and errors. */
export function controlAria({ id, hint, errors }: Pick<FieldFrameProps, 'id' | 'hint' | 'errors'>) {
  const describedBy = [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return { id, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy } as const;
}

/** Label above, hint and errors below: the frame every form control of Margin sits in. */
export function FieldFrame({ id, label, hint, errors, hideLabel, className, children }: FieldFrameProps & { children: React.ReactNode }) {
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <Label.Root htmlFor={id} className={cn('text-sm font-medium', hideLabel && 'sr-only')}>
        {label}
      </Label.Root>
      {children}
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

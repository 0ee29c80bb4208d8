'use client';

import { useFormStatus } from 'react-dom';
import { Button } from './button';

/** A submit button that disables itself while its form is pending. */
export function SubmitButton({ children, pendingLabel, ...props }: React.ComponentProps<typeof Button> & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" disabled={pending} aria-disabled={pending} {...props}>
      {pending ? (pendingLabel ?? children) : children}
    </Button>
  );
}

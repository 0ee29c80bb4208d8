'use client';

import { useFormStatus } from 'react-dom';
import { Button } from './button';
import { OFFLINE_NOTICE_ID } from './offline-notice';
import { useOnline } from './use-online';

/**
 * A submit button that disables itself while its form is pending, and while the browser is offline
 * (pointing at the offline notice, which says why); it comes back with the connection.
 */
export function SubmitButton({
  children,
  pendingLabel,
  disabled,
  ...props
}: React.ComponentProps<typeof Button> & { pendingLabel?: string }) {
  const { pending } = useFormStatus();
  const online = useOnline();
  const offline = online ? {} : { 'aria-describedby': OFFLINE_NOTICE_ID, title: 'Offline: this can be sent when the connection is back.' };
  return (
    <Button type="submit" disabled={pending || !online || disabled} aria-disabled={pending || !online || disabled} {...offline} {...props}>
      {pending ? (pendingLabel ?? children) : children}
    </Button>
  );
}

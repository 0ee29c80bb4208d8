import { Alert } from '@/components/ui/alert';
import type { InvitationBehindLink } from '@/lib/server/invitations/invitation-behind-link';

/** Above the sign-in and sign-up forms, when they lead to an invitation: who invited whom to what. */
export function InvitationNotice({ invitation }: { invitation: InvitationBehindLink }) {
  return (
    <Alert tone="info" className="mb-4">
      {invitation.inviterName} invited <strong>{invitation.email}</strong> to join <strong>{invitation.workspaceName}</strong> as{' '}
      {invitation.role}. Sign in, or create an account, with that address to accept.
    </Alert>
  );
}

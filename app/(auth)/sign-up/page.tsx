import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/ui/auth-card';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { invitationBehindLink } from '@/lib/server/invitations/invitation-behind-link';
import { InvitationNotice } from '../invitation-notice';
import { SignUpForm } from './sign-up-form';

export const metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect(safeRedirectPath(callbackUrl));
  const invitation = await invitationBehindLink(callbackUrl);
  const next = callbackUrl ? `?callbackUrl=${encodeURIComponent(safeRedirectPath(callbackUrl))}` : '';
  return (
    <AuthCard
      title="Create your Margin account"
      footer={
        <>
          Already have an account?{' '}
          <Link href={`/sign-in${next}`} className="text-accent underline underline-offset-4">
            Sign in
          </Link>
        </>
      }
    >
      {invitation && <InvitationNotice invitation={invitation} />}
      <SignUpForm callbackUrl={callbackUrl} defaultEmail={invitation?.email} />
    </AuthCard>
  );
}

import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/ui/auth-card';
import { Button } from '@/components/ui/button';
import { signOutAction } from '@/lib/actions/auth';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { getCurrentUser, getSessionAwaitingSecondFactor } from '@/lib/server/session/current-user';
import { SecondFactorForm } from './second-factor-form';

export const metadata = { title: 'Two-factor authentication' };

/** The second step of signing in, for accounts with two-factor authentication on. */
export default async function TwoFactorSignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect(safeRedirectPath(callbackUrl));
  const session = await getSessionAwaitingSecondFactor();
  if (!session) redirect('/sign-in');
  return (
    <AuthCard
      title="Two-factor authentication"
      footer={
        <form action={signOutAction}>
          <Button type="submit" variant="ghost">
            Cancel and sign out
          </Button>
        </form>
      }
    >
      <p className="mb-4 text-sm text-muted">
        Signed in as {session.user.email}. Enter the 6-digit code your authenticator app shows, or one of your recovery codes.
      </p>
      <SecondFactorForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}

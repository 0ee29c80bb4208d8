import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { AuthCard } from '@/components/ui/auth-card';
import { Button } from '@/components/ui/button';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { readSsoConfig } from '@/lib/sso-config';
import { getCurrentUser, getSessionAwaitingSecondFactor, TWO_FACTOR_PAGE } from '@/lib/server/session/current-user';
import { SSO_REFUSAL } from '@/lib/server/users/sso-identity';
import { signInWithSsoAction } from '@/lib/actions/auth';
import { invitationBehindLink } from '@/lib/server/invitations/invitation-behind-link';
import { InvitationNotice } from '../invitation-notice';
import { SignInForm } from './sign-in-form';

export const metadata = { title: 'Sign in' };

// Auth.js sends failed single sign-ons back here with ?error=<type>.
const SSO_ERRORS: Partial<Record<string, string>> = {
  AccessDenied: 'Single sign-on was refused.',
  OAuthAccountNotLinked: 'This email is already used by another sign-in method.',
  ...SSO_REFUSAL,
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  if (await getCurrentUser()) redirect(safeRedirectPath(callbackUrl));
  if (await getSessionAwaitingSecondFactor())
    redirect(callbackUrl ? `${TWO_FACTOR_PAGE}?callbackUrl=${encodeURIComponent(callbackUrl)}` : TWO_FACTOR_PAGE);
  const sso = readSsoConfig();
  const invitation = await invitationBehindLink(callbackUrl);
  const next = callbackUrl ? `?callbackUrl=${encodeURIComponent(safeRedirectPath(callbackUrl))}` : '';
  return (
    <AuthCard
      title="Sign in to Margin"
      footer={
        <>
          New here?{' '}
          <Link href={`/sign-up${next}`} className="text-accent underline underline-offset-4">
            Create an account
          </Link>
        </>
      }
    >
      {error && error !== 'CredentialsSignin' && (
        <Alert className="mb-4">{SSO_ERRORS[error] ?? 'Signing in did not work. Please try again.'}</Alert>
      )}
      {invitation && <InvitationNotice invitation={invitation} />}
      <SignInForm callbackUrl={callbackUrl} defaultEmail={invitation?.email} />
      <p className="mt-3 text-sm">
        <Link href="/forgot-password" className="text-accent underline underline-offset-4">
          Forgot your password?
        </Link>
      </p>
      {sso && (
        <form action={signInWithSsoAction} className="mt-4 border-t border-rule pt-4">
          <input type="hidden" name="callbackUrl" value={callbackUrl ?? ''} />
          <Button type="submit" variant="secondary" className="w-full">
            Sign in with {sso.name}
          </Button>
        </form>
      )}
    </AuthCard>
  );
}

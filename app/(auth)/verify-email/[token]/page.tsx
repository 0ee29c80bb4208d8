import Link from 'next/link';
import { ResendVerificationButton } from '@/components/account/resend-verification-button';
import { Alert } from '@/components/ui/alert';
import { AuthCard } from '@/components/ui/auth-card';
import { verifyEmail, type VerifyEmailOutcome } from '@/lib/server/email-verification/verify-email';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { getEmailVerification } from '@/lib/server/users/get-email-verification';

export const metadata = { title: 'Verify your email address' };

const OUTCOME: Record<VerifyEmailOutcome, { title: string; message: string }> = {
  verified: { title: 'Email address verified', message: 'Thank you: your email address is verified.' },
  already_verified: { title: 'Email address verified', message: 'This link was used already; your email address is verified.' },
  used: { title: 'Link already used', message: 'This link was used already and cannot verify your address again.' },
  expired: { title: 'Link expired', message: 'This link has expired: links work for 24 hours.' },
  invalid: { title: 'Link not valid', message: 'This link is not valid. Check that you opened the whole link from the email.' },
};

/** The link from the verification email: using it is what verifies the address, once. */
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const outcome = await verifyEmail(token);
  const user = await getCurrentUser();
  const isVerified = outcome === 'verified' || outcome === 'already_verified';
  const canResend = !isVerified && user && !(await getEmailVerification(user.id)).verifiedAt;
  const { title, message } = OUTCOME[outcome];
  return (
    <AuthCard
      title={title}
      footer={
        user ? (
          <Link href="/w" className="text-accent underline underline-offset-4">
            Go to your workspaces
          </Link>
        ) : (
          <Link href="/sign-in" className="text-accent underline underline-offset-4">
            Sign in
          </Link>
        )
      }
    >
      <Alert tone={isVerified ? 'info' : 'error'}>{message}</Alert>
      {canResend && <ResendVerificationButton label="Send a new link" />}
      {!isVerified && !user && <p className="mt-3 text-sm text-muted">Sign in to ask for a new link.</p>}
    </AuthCard>
  );
}

import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { AuthCard } from '@/components/ui/auth-card';
import { checkPasswordResetLink, type ResetLinkState } from '@/lib/server/password-reset/reset-password';
import { ResetPasswordForm } from './reset-password-form';

export const metadata = { title: 'Set a new password', referrer: 'no-referrer' };

const REFUSED: Record<Exclude<ResetLinkState, 'valid'>, { title: string; message: string }> = {
  used: { title: 'Link already used', message: 'This link was used already and cannot set your password again.' },
  expired: { title: 'Link expired', message: 'This link has expired: links work for an hour.' },
  invalid: { title: 'Link not valid', message: 'This link is not valid. Check that you opened the whole link from the email.' },
};

/**
 * The link from the reset email. Opening it (as a mail scanner may) only shows the form: the link
 * is used when the form is sent. The page sends no referrer, so the token does not leave it.
 */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await checkPasswordResetLink(token);
  const footer = (
    <Link href="/sign-in" className="text-accent underline underline-offset-4">
      Sign in
    </Link>
  );
  if (state !== 'valid') {
    return (
      <AuthCard title={REFUSED[state].title} footer={footer}>
        <Alert>{REFUSED[state].message}</Alert>
        <p className="mt-3 text-sm">
          <Link href="/forgot-password" className="text-accent underline underline-offset-4">
            Ask for a new link
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Set a new password" footer={footer}>
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}

import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { AuthCard } from '@/components/ui/auth-card';
import { isMailConfigured } from '@/lib/server/mail/send-mail';
import { getCurrentUser } from '@/lib/server/session/current-user';
import { ForgotPasswordForm } from './forgot-password-form';

export const metadata = { title: 'Forgot your password?' };

/** Asks for a reset link by email; a signed-in person changes their password on their account page. */
export default async function ForgotPasswordPage() {
  if (await getCurrentUser()) redirect('/account');
  return (
    <AuthCard
      title="Set a new password"
      footer={
        <>
          Remembered it?{' '}
          <Link href="/sign-in" className="text-accent underline underline-offset-4">
            Sign in
          </Link>
        </>
      }
    >
      {isMailConfigured() ? (
        <ForgotPasswordForm />
      ) : (
        <Alert>
          This Margin server cannot send email, so it cannot send a link to set a new password. Ask your Margin administrator; if your
          workspace uses single sign-on, sign in with it instead.
        </Alert>
      )}
    </AuthCard>
  );
}

import { getCurrentSession, requirePageUser } from '@/lib/server/session/current-user';
import { hasPassword } from '@/lib/server/users/change-password';
import { getEmailVerification } from '@/lib/server/users/get-email-verification';
import { ChangePasswordForm, ProfileForm } from './account-forms';
import { ApiTokensSection } from './api-tokens-section';
import { EmailVerificationNotice } from './email-verification-notice';
import { SecurityActivitySection } from './security-activity-section';
import { SessionsSection } from './sessions-section';
import { TwoFactorSection } from './two-factor-section';

export const metadata = { title: 'Your account' };

export default async function AccountPage() {
  const user = await requirePageUser();
  const sessionId = (await getCurrentSession())?.sessionId ?? '';
  return (
    <main className="page page-text">
      <h1 className="text-2xl font-semibold tracking-tight">Your account</h1>
      <p className="mt-1 text-sm text-muted">{user.email}</p>
      <EmailVerificationNotice {...await getEmailVerification(user.id)} />
      <section className="mt-8">
        <h2 className="text-lg font-semibold">Name</h2>
        <ProfileForm name={user.name ?? ''} />
      </section>
      <section className="mt-10">
        <h2 className="text-lg font-semibold">Password</h2>
        <ChangePasswordForm hasPassword={await hasPassword(user.id)} />
      </section>
      <TwoFactorSection userId={user.id} />
      <SessionsSection userId={user.id} currentSessionId={sessionId} />
      <ApiTokensSection userId={user.id} />
      <SecurityActivitySection userId={user.id} />
    </main>
  );
}

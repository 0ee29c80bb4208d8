import { hasPassword } from '@/lib/server/users/change-password';
import { getTwoFactorStatus } from '@/lib/server/two-factor/two-factor-status';
import { TwoFactorPanel } from './two-factor';

/** Two-factor authentication: set up an authenticator app, see recovery codes left, turn it off. */
export async function TwoFactorSection({ userId }: { userId: string }) {
  const [status, withPassword] = await Promise.all([getTwoFactorStatus(userId), hasPassword(userId)]);
  return (
    <section id="two-factor" className="mt-10" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading" className="text-lg font-semibold">
        Two-factor authentication
      </h2>
      <p className="mt-1 text-sm text-muted">
        Signing in also asks for a code from an authenticator app on your phone, so a stolen password is not enough.
      </p>
      <TwoFactorPanel enabled={status.enabledAt !== null} recoveryCodesLeft={status.recoveryCodesLeft} hasPassword={withPassword} />
    </section>
  );
}

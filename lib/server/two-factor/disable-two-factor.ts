import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { verifyPassword } from '@/lib/server/users/password';
import { recordAccountEvent } from '@/lib/server/account-events/record-account-event';
import { checkSecondFactor } from './check-second-factor';

/** Turns two-factor off, given a current code (or recovery code) or the account's password. */
export async function disableTwoFactor({ userId, code, password }: { userId: string; code: string; password: string }) {
  const db = getDb();
  if (!(await db.twoFactor.findUnique({ where: { userId }, select: { userId: true } }))) {
    throw new AppError('conflict', 'Two-factor authentication is not on.');
  }
  if (password) {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password))) {
      throw new AppError('invalid', 'Your password is not correct.', { password: ['Not correct.'] });
    }
  } else if (code) {
    if ((await checkSecondFactor({ userId, code })) === 'recovery') {
      await recordAccountEvent(db, { userId, kind: 'recovery_code_used', detail: 'to turn two-step verification off' });
    }
  } else {
    throw new AppError('invalid', 'Enter a code from your app or your password.', { code: ['Enter a code, or your password below.'] });
  }
  await db.$transaction(async (tx) => {
    await tx.twoFactorRecoveryCode.deleteMany({ where: { userId } });
    await tx.twoFactor.delete({ where: { userId } });
    await recordAccountEvent(tx, { userId, kind: 'two_factor_off', detail: password ? 'with the password' : 'with a code' });
  });
}

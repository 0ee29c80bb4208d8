import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAccountEvent } from '@/lib/server/account-events/record-account-event';
import { hashPassword, verifyPassword } from './password';

/**
 * Sets a new password. An account that has one must give it first; an account created through
 * single sign-on (no password yet) may set one.
 */
export async function changePassword({
  userId,
  currentPassword,
  newPassword,
}: {
  userId: string;
  currentPassword: string;
  newPassword: string;
}) {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError('invalid', 'Your current password is not correct.', { currentPassword: ['Not correct.'] });
  }
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { id: true } });
    await recordAccountEvent(tx, { userId, kind: 'password_changed', detail: user.passwordHash ? undefined : 'the first password' });
  });
}

export async function hasPassword(userId: string) {
  const user = await getDb().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  return user.passwordHash !== null;
}

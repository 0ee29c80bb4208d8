import 'server-only';
import { getDb } from '@/lib/db';

/** Has the user turned two-factor authentication on (confirmed, not just started)? */
export async function hasTwoFactor(userId: string): Promise<boolean> {
  return (await getDb().twoFactor.count({ where: { userId, enabledAt: { not: null } } })) === 1;
}

export async function getTwoFactorStatus(userId: string) {
  const db = getDb();
  const [twoFactor, recoveryCodesLeft] = await Promise.all([
    db.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } }),
    db.twoFactorRecoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabledAt: twoFactor?.enabledAt ?? null, recoveryCodesLeft };
}

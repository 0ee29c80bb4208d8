import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertWithinLimits, countAttempt, type Limit } from '@/lib/server/rate-limit/rate-limit';
import { hashRecoveryCode, isRecoveryCodeShape } from '@/lib/two-factor/recovery-codes';
import { matchTotpStep } from '@/lib/two-factor/totp';
import { decryptSecret } from '@/lib/server/crypto/secret-box';

const MAX_CODE = 64;

/** Wrong codes per account: 10 in 15 minutes, then a wait (a 6-digit code must not be guessable). */
const codeLimit = (userId: string): Limit => ({
  key: `2fa:account:${userId}`,
  max: 10,
  windowMs: 15 * 60_000,
  message: 'Too many wrong codes.',
});

/**
 * Checks a second factor: the authenticator's code (a step accepted once only) or a recovery
 * code (used up). Wrong codes are counted against the account; past the limit even a right one
 * waits. Answers 'totp' | 'recovery', or throws `invalid` / `rate_limited`.
 */
export async function checkSecondFactor({ userId, code }: { userId: string; code: string }): Promise<'totp' | 'recovery'> {
  const limit = codeLimit(userId);
  await assertWithinLimits([limit]);
  const accepted = code.length <= MAX_CODE ? await acceptCode(userId, code) : null;
  if (!accepted) {
    await countAttempt([limit]);
    throw new AppError('invalid', 'That code is not right.', { code: ['Not right, or already used.'] });
  }
  return accepted;
}

async function acceptCode(userId: string, code: string): Promise<'totp' | 'recovery' | null> {
  const db = getDb();
  const twoFactor = await db.twoFactor.findUnique({ where: { userId }, select: { secretEncrypted: true, enabledAt: true } });
  if (!twoFactor?.enabledAt) return null;
  if (isRecoveryCodeShape(code)) {
    const { count } = await db.twoFactorRecoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
      data: { usedAt: new Date() },
    });
    return count === 1 ? 'recovery' : null;
  }
  const step = matchTotpStep(decryptSecret(twoFactor.secretEncrypted), code);
  if (step === null) return null;
  // Only a later step than the last accepted one: a code seen over a shoulder cannot be replayed.
  const { count } = await db.twoFactor.updateMany({
    where: { userId, enabledAt: { not: null }, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step },
  });
  return count === 1 ? 'totp' : null;
}

import 'server-only';
import QRCode from 'qrcode';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { hashRecoveryCode, newRecoveryCodes } from '@/lib/two-factor/recovery-codes';
import { matchTotpStep, newTotpSecret, totpUri } from '@/lib/two-factor/totp';
import { recordAccountEvent } from '@/lib/server/account-events/record-account-event';
import { decryptSecret, encryptSecret } from '@/lib/server/crypto/secret-box';

/**
 * Starts (or starts again) setting up an authenticator app: a new secret, kept pending until
 * confirmed with a code. Answers the secret as text and as a QR code (a data: URL image).
 */
export async function startTwoFactorEnrolment({ userId, email }: { userId: string; email: string }) {
  const db = getDb();
  const existing = await db.twoFactor.findUnique({ where: { userId }, select: { enabledAt: true } });
  if (existing?.enabledAt) throw new AppError('conflict', 'Two-factor authentication is already on.');
  const secret = newTotpSecret();
  const secretEncrypted = encryptSecret(secret);
  await db.twoFactor.upsert({
    where: { userId },
    create: { userId, secretEncrypted },
    update: { secretEncrypted, enabledAt: null, lastUsedStep: null },
  });
  const uri = totpUri(secret, email);
  return { secret, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 200 }) };
}

/**
 * Turns two-factor on once the app shows a matching code, and answers ten recovery codes
 * (shown once; only their hashes are kept).
 */
export async function confirmTwoFactorEnrolment({ userId, code }: { userId: string; code: string }) {
  const db = getDb();
  const pending = await db.twoFactor.findUnique({ where: { userId }, select: { secretEncrypted: true, enabledAt: true } });
  if (!pending || pending.enabledAt) throw new AppError('conflict', 'Start setting up two-factor authentication first.');
  const step = matchTotpStep(decryptSecret(pending.secretEncrypted), code);
  if (step === null) throw new AppError('invalid', 'That code is not right. Enter the code your app shows now.', { code: ['Not right.'] });
  const recoveryCodes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.twoFactor.update({ where: { userId }, data: { enabledAt: new Date(), lastUsedStep: step } });
    await tx.twoFactorRecoveryCode.deleteMany({ where: { userId } });
    await tx.twoFactorRecoveryCode.createMany({
      data: recoveryCodes.map((recoveryCode) => ({ userId, codeHash: hashRecoveryCode(recoveryCode) })),
    });
    await recordAccountEvent(tx, { userId, kind: 'two_factor_on' });
  });
  return { recoveryCodes };
}

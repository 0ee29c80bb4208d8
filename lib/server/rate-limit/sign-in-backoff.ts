import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { backoffWaitMs, SIGN_IN_BACKOFF, waitMessage } from './backoff-policy';

// State of the sign-in backoff (lib/server/rate-limit/backoff-policy.ts) in PostgreSQL, so that
// every app instance agrees. A pair row ("pair:<email> <address>") counts one address's failures
// against one account and holds when it may try again; an account row ("account:<email>")
// counts the account's failures from every address.

const pairKey = (email: string, address: string) => `pair:${email} ${address}`;
const accountKey = (email: string) => `account:${email}`;
const ago = (now: Date, ms: number) => new Date(now.getTime() - ms);

/**
 * Lets one attempt of `address` at `email` go on, or throws 429 `rate_limited` with the time
 * to wait. The attempt is counted as a failure at once, under a row lock, so that attempts sent
 * together cannot all pass before the first one fails; `clearSignInBackoff` takes it back when
 * the password was right. The next attempt of this pair waits by the pair's failures and, once
 * the account has many failures from anywhere, by the account's (short) scale. An address that
 * has not failed against the account never waits because of others.
 */
export async function claimSignInAttempt({ email, address }: { email: string; address: string }, now = new Date()) {
  const key = pairKey(email, address);
  const waitMs = await getDb().$transaction(async (tx) => {
    await tx.signInBackoff.createMany({ data: [{ key, failures: 0, waitUntil: now, updatedAt: now }], skipDuplicates: true });
    const [pair] = await tx.$queryRaw<{ failures: number; waitUntil: Date; updatedAt: Date }[]>`
      SELECT failures, "waitUntil", "updatedAt" FROM "SignInBackoff" WHERE key = ${key} FOR UPDATE`;
    if (!pair) throw new Error('The sign-in backoff row vanished inside its transaction.');
    if (pair.waitUntil > now) return pair.waitUntil.getTime() - now.getTime();
    const failures = (pair.updatedAt < ago(now, SIGN_IN_BACKOFF.pair.forgetAfterMs) ? 0 : pair.failures) + 1;
    const account = await tx.signInBackoff.findUnique({ where: { key: accountKey(email) } });
    const accountFailures = account && account.updatedAt >= ago(now, SIGN_IN_BACKOFF.account.forgetAfterMs) ? account.failures : 0;
    const next = Math.max(backoffWaitMs(failures, SIGN_IN_BACKOFF.pair), backoffWaitMs(accountFailures + 1, SIGN_IN_BACKOFF.account));
    await tx.signInBackoff.update({ where: { key }, data: { failures, waitUntil: new Date(now.getTime() + next), updatedAt: now } });
    return 0;
  });
  if (waitMs > 0) throw new AppError('rate_limited', waitMessage(waitMs));
}

/** The password was wrong: one more failure of the account, from any address. */
export async function recordAccountFailure(email: string, now = new Date()) {
  const db = getDb();
  const key = accountKey(email);
  await db.signInBackoff.deleteMany({ where: { key, updatedAt: { lt: ago(now, SIGN_IN_BACKOFF.account.forgetAfterMs) } } });
  await db.signInBackoff.upsert({
    where: { key },
    create: { key, failures: 1, waitUntil: now, updatedAt: now },
    update: { failures: { increment: 1 }, updatedAt: now },
  });
  // Rows quiet for longer than the longest memory are never read again.
  await db.signInBackoff.deleteMany({ where: { updatedAt: { lt: ago(now, SIGN_IN_BACKOFF.pair.forgetAfterMs) } } });
}

/** The password was right: this address starts afresh against this account. */
export async function clearSignInBackoff({ email, address }: { email: string; address: string }) {
  await getDb().signInBackoff.deleteMany({ where: { key: pairKey(email, address) } });
}

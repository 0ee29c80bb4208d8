import 'server-only';
import type { TSignIn } from '@/lib/schemas/auth';
import type { PublicUser } from '@/lib/server/users/create-user';
import { verifyCredentials } from '@/lib/server/users/verify-credentials';
import { signInLimits } from './auth-limits';
import { assertWithinLimits, countAttempt } from './rate-limit';
import { claimSignInAttempt, clearSignInBackoff, recordAccountFailure } from './sign-in-backoff';

/**
 * One password sign-in from `address`: the user, or null for a wrong email or password; throws
 * 429 `rate_limited` (with how long to wait) when the address has used up its attempts or this
 * address must wait before trying this account again. Called by the Credentials provider in
 * auth.ts, so it holds for the sign-in form and for Auth.js's own endpoint alike.
 */
export async function attemptPasswordSignIn(input: TSignIn, address: string, now = new Date()): Promise<PublicUser | null> {
  const perAddress = signInLimits({ ip: address });
  await assertWithinLimits([perAddress], now);
  const pair = { email: input.email, address };
  await claimSignInAttempt(pair, now);
  await countAttempt([perAddress], now);
  const user = await verifyCredentials(input);
  if (user) await clearSignInBackoff(pair);
  else await recordAccountFailure(input.email, now);
  return user;
}

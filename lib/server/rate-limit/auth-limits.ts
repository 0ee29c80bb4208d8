import 'server-only';
import type { Limit } from './rate-limit';

const MINUTE = 60_000;

/**
 * All sign-in attempts per address. Failures per account are slowed down, not limited
 * (lib/server/rate-limit/sign-in-backoff.ts): a limit per account would let anyone lock anyone out.
 */
export function signInLimits({ ip }: { ip: string }): Limit {
  return { key: `signin:ip:${ip}`, max: 100, windowMs: 15 * MINUTE, message: 'Too many sign-in attempts.' };
}

/** Sign-ups per address in an hour, unless MARGIN_SIGN_UPS_PER_ADDRESS says otherwise (a newsroom behind one address). */
const DEFAULT_SIGN_UPS_PER_ADDRESS = 20;

function signUpsPerAddress(): number {
  const setting = Number(process.env.MARGIN_SIGN_UPS_PER_ADDRESS);
  return Number.isInteger(setting) && setting > 0 ? setting : DEFAULT_SIGN_UPS_PER_ADDRESS;
}

/** Sign-up attempts per email and per address. */
export function signUpLimits({ email, ip }: { email: string; ip: string }): Limit[] {
  const message = 'Too many sign-up attempts.';
  return [
    { key: `signup:account:${email}`, max: 5, windowMs: 60 * MINUTE, message },
    { key: `signup:ip:${ip}`, max: signUpsPerAddress(), windowMs: 60 * MINUTE, message },
  ];
}

/**
 * Password reset emails per address asked for and per client address: enough for a lost email or
 * two, too few to flood someone's inbox or to probe many addresses.
 */
export function passwordResetLimits({ email, ip }: { email: string; ip: string }): Limit[] {
  const message = 'Too many requests for a password reset.';
  return [
    { key: `reset:account:${email}`, max: 3, windowMs: 60 * MINUTE, message },
    { key: `reset:ip:${ip}`, max: 20, windowMs: 60 * MINUTE, message },
  ];
}

import 'server-only';
import type { Limit } from './rate-limit';

const MINUTE = 60_000;

/** Failed sign-ins per account, and all sign-in attempts per address. */
export function signInLimits({ email, ip }: { email: string; ip: string }) {
  const message = 'Too many sign-in attempts.';
  return {
    account: { key: `signin:account:${email}`, max: 10, windowMs: 15 * MINUTE, message } satisfies Limit,
    ip: { key: `signin:ip:${ip}`, max: 100, windowMs: 15 * MINUTE, message } satisfies Limit,
  };
}

/** Sign-up attempts per email and per address. */
export function signUpLimits({ email, ip }: { email: string; ip: string }): Limit[] {
  const message = 'Too many sign-up attempts.';
  return [
    { key: `signup:account:${email}`, max: 5, windowMs: 60 * MINUTE, message },
    { key: `signup:ip:${ip}`, max: 20, windowMs: 60 * MINUTE, message },
  ];
}

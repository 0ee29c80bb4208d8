// Time-based one-time passwords (RFC 6238: 6 digits, 30-second steps, SHA-1 — what every
// authenticator app reads from the QR code), through the otpauth library.
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_SECONDS = 30;

const totp = (secretBase32: string, label = 'account') =>
  new TOTP({ issuer: 'Margin', label, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });

/** A new random secret (160 bits), base32 as authenticator apps take it typed in. */
export const newTotpSecret = () => new Secret({ size: 20 }).base32;

/** The otpauth:// address the QR code holds. */
export const totpUri = (secretBase32: string, label: string) => totp(secretBase32, label).toString();

/** The code for a moment (the tests and the e2e compute it the way the app does). */
export const totpCode = (secretBase32: string, at = Date.now()) => totp(secretBase32).generate({ timestamp: at });

/**
 * The 30-second step whose code `code` is (this one, or one step either side for clock drift),
 * or null. The caller refuses a step already used, so a code works once.
 */
export function matchTotpStep(secretBase32: string, code: string, at = Date.now()): number | null {
  const digits = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totp(secretBase32).validate({ token: digits, timestamp: at, window: 1 });
  if (delta === null) return null;
  return Math.floor(at / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

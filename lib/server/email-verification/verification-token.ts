import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** A verification link works for a day: long enough for a slow inbox, short for a leaked one. */
export const VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;

/** The link carries the token; the database keeps only its hash, so a leaked table verifies nothing. */
export function newVerificationToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashVerificationToken(token) };
}

export function hashVerificationToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

export const verifyEmailPath = (token: string) => `/verify-email/${token}`;

/** The shape of a token we issue (32 random bytes, base64url): anything else is not looked up. */
export const isVerificationTokenShape = (token: string) => /^[\w-]{43}$/.test(token);

import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/**
 * The secret of a single-use link sent by email (email verification, password reset). The link
 * carries the token; the database keeps only its hash, so a leaked table opens nothing.
 */
export function newLinkToken() {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string) {
  return createHash('sha256').update(token).digest('hex');
}

/** The shape of a token we issue (32 random bytes, base64url): anything else is not looked up. */
export const isLinkTokenShape = (token: string) => /^[\w-]{43}$/.test(token);

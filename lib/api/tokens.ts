// Personal access tokens, the pure part: the secret and its hash, and reading the Authorization
// header (roles are in token-roles.ts, which the browser imports too). The database keeps only
// the hash, as for invitation links, so a leaked table opens nothing.
import { createHash, randomBytes } from 'node:crypto';

/** Every secret starts with this, so that a leaked one is recognisable (secret scanners, logs). */
export const API_TOKEN_PREFIX = 'mgn_';
/** How much of the secret is kept in clear to tell tokens apart in a list: "mgn_AbCd1234". */
const SHOWN_CHARACTERS = API_TOKEN_PREFIX.length + 8;

export function newApiToken() {
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, tokenHash: hashApiToken(secret), prefix: secret.slice(0, SHOWN_CHARACTERS) };
}

export function hashApiToken(secret: string) {
  return createHash('sha256').update(secret).digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is none. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer[ \t]+([\w~+/.=-]{1,200})[ \t]*$/i.exec(header ?? '');
  return match ? match[1]! : null;
}

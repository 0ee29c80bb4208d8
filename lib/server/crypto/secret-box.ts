// Secrets the server must read back (an authenticator's TOTP secret, a webhook's signing secret)
// are stored encrypted: AES-256-GCM under a key derived from AUTH_SECRET with HKDF, one key per
// purpose, so a copy of the database alone gives none of them away.
import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** What a secret is for: each purpose has its own key (the info string of HKDF). */
export type SecretPurpose = 'two-factor-secret-v1' | 'webhook-secret-v1';

function key(purpose: SecretPurpose): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set: stored secrets cannot be encrypted.');
  return Buffer.from(hkdfSync('sha256', secret, 'margin', purpose, 32));
}

export function encryptSecret(plain: string, purpose: SecretPurpose = 'two-factor-secret-v1'): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(purpose), iv);
  const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), encrypted].map((part) => part.toString('base64url')).join('.');
}

export function decryptSecret(sealed: string, purpose: SecretPurpose = 'two-factor-secret-v1'): string {
  const [iv, tag, encrypted] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !encrypted) throw new Error('A stored secret is malformed.');
  const decipher = createDecipheriv('aes-256-gcm', key(purpose), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(encrypted), decipher.final()]).toString('utf8');
}

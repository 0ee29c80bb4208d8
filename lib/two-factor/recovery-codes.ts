// One-time recovery codes: random, so a plain sha-256 is enough to store them (nothing to guess).
import { createHash, randomBytes } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i

/** "k3m9p-x7q2d": 10 characters of a 31-letter alphabet (about 50 bits). */
function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  const letters = [...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return `${letters.slice(0, 5)}-${letters.slice(5)}`;
}

export const newRecoveryCodes = () => Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);

/** Looks like a recovery code (typed with or without the dash, in any case)? */
export const isRecoveryCodeShape = (input: string) => /^[a-z0-9]{5}-?[a-z0-9]{5}$/.test(input.trim().toLowerCase());

export const hashRecoveryCode = (code: string) => createHash('sha256').update(code.trim().toLowerCase().replace('-', '')).digest('hex');

import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended baseline.
export const hashPassword = (password: string) => hash(password);

export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password);

// Verifying against this when no user matches keeps the response time the same, so timing does
// not reveal whether an email has an account.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string) {
  dummyHash ??= hash('margin-dummy-password');
  await verify(await dummyHash, password);
}

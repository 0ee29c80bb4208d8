import 'server-only';
import { getDb } from '@/lib/db';
import type { TSignIn } from '@/lib/schemas/auth';
import type { PublicUser } from './create-user';
import { burnPasswordCheck, verifyPassword } from './password';

/** The user whose email and password these are, or null — the same null for either mistake. */
export async function verifyCredentials({ email, password }: TSignIn): Promise<PublicUser | null> {
  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name };
}

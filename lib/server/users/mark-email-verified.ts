import 'server-only';
import type { DbTransaction } from '@/lib/db';

/**
 * Records that `email` was shown to belong to whoever holds the account `userId` — only while the
 * account still has that address, and only the first time (the date is when it was first proven).
 */
export async function markEmailVerified(
  tx: DbTransaction,
  { userId, email, at = new Date() }: { userId: string; email: string; at?: Date },
) {
  const { count } = await tx.user.updateMany({
    where: { id: userId, email: email.toLowerCase(), emailVerified: null },
    data: { emailVerified: at },
  });
  return count === 1;
}

import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

/** Revokes one of the caller's tokens for good (another user's token is "not found"). */
export async function revokeApiToken({ userId, tokenId }: { userId: string; tokenId: string }) {
  const { count } = await getDb().apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) {
    const exists = await getDb().apiToken.count({ where: { id: tokenId, userId } });
    if (!exists) throw notFound('This token');
  }
}

import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAccountEvent } from '@/lib/server/account-events/record-account-event';

/** Revokes one of the caller's tokens for good (another user's token is "not found"). */
export async function revokeApiToken({ userId, tokenId }: { userId: string; tokenId: string }) {
  const revoked = await getDb().$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return false;
    const { name } = await tx.apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: { name: true } });
    await recordAccountEvent(tx, { userId, kind: 'api_token_revoked', detail: `“${name}”` });
    return true;
  });
  if (!revoked) {
    const exists = await getDb().apiToken.count({ where: { id: tokenId, userId } });
    if (!exists) throw notFound('This token');
  }
}
